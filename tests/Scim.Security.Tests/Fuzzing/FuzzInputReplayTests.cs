using Scim.Fuzz.Targets;

namespace Scim.Security.Tests.Fuzzing;

/// <summary>
/// Replays every seed corpus file and every regression input (a crash the fuzzer once found, kept under
/// tests/fuzz/regressions/TARGET/) through the same harness logic afl-fuzz runs, so the ordinary test suite holds
/// the fuzzers' invariants: only ScimException for refusals, and accepted input round-trips.
/// </summary>
public sealed class FuzzInputReplayTests
{
    private static readonly IReadOnlyList<string> ReplayedTargets = FuzzTargets.Names;

    public static TheoryData<string, string, string> Inputs
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            var root = Path.Combine(AppContext.BaseDirectory, "fuzz");
            foreach (var kind in new[] { "regressions", "corpus" })
            {
                foreach (var target in ReplayedTargets)
                {
                    var folder = Path.Combine(root, kind, target);
                    if (!Directory.Exists(folder))
                    {
                        continue;
                    }

                    var files = Directory.GetFiles(folder);
                    Array.Sort(files, StringComparer.Ordinal);
                    foreach (var file in files)
                    {
                        data.Add(kind, target, Path.GetFileName(file));
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Fuzz_input_holds_the_harness_invariants(string kind, string target, string file)
    {
        Assert.True(FuzzTargets.TryGet(target, out var run));
        var input = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fuzz", kind, target, file));
        run(input);
    }

    [Fact]
    public void Every_fuzz_target_has_a_seed_corpus_in_the_test_output()
    {
        foreach (var target in FuzzTargets.Names)
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "fuzz", "corpus", target);
            Assert.True(Directory.Exists(folder) && Directory.GetFiles(folder).Length > 0, "no seed corpus for " + target);
        }
    }
}
