using System.Diagnostics;
using System.Globalization;

namespace Scim.Benchmarks.Patch;

/// <summary>
/// <see cref="UserPatchBenchmarks"/>' two methods measured in alternating rounds in one process
/// (<c>dotnet run -c Release --project benchmarks/Scim.Benchmarks -- paired-user-patch</c>).
/// </summary>
/// <remarks>
/// On a shared host, slow phases of tens of seconds come and go (+50-70% on both methods, seen in a plain loop of
/// each). BenchmarkDotNet runs one method's iterations, then the other's, so its ratio of Means depends on which
/// method a slow phase lands on. Here each round runs the baseline and then the PATCH for a few milliseconds each, so
/// both see the same conditions, and the ratio is taken per round: its median is the pairing's answer. BenchmarkDotNet
/// stays the reference for allocations and for the absolute times.
/// </remarks>
internal static class PairedUserPatchRun
{
    public static void Run(int rounds = 300, int callsPerRound = 1000)
    {
        var benchmarks = new UserPatchBenchmarks();
        benchmarks.Setup();
        for (var i = 0; i < 20_000; i++)
        {
            benchmarks.JsonNodeRoundTrip();
            benchmarks.PatchUser();
        }

        var baseline = new double[rounds];
        var patch = new double[rounds];
        var ratios = new double[rounds];
        var watch = new Stopwatch();
        for (var round = 0; round < rounds; round++)
        {
            watch.Restart();
            for (var k = 0; k < callsPerRound; k++)
            {
                benchmarks.JsonNodeRoundTrip();
            }

            baseline[round] = watch.Elapsed.TotalNanoseconds / callsPerRound;
            watch.Restart();
            for (var k = 0; k < callsPerRound; k++)
            {
                benchmarks.PatchUser();
            }

            patch[round] = watch.Elapsed.TotalNanoseconds / callsPerRound;
            ratios[round] = patch[round] / baseline[round];
        }

        Array.Sort(baseline);
        Array.Sort(patch);
        Array.Sort(ratios);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rounds} rounds of {callsPerRound} calls each, alternating (times in us):"));
        Console.WriteLine("| | min | p25 | median | p75 |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        Console.WriteLine(Row("JsonNode baseline", baseline, 1e-3));
        Console.WriteLine(Row("read + parse + apply + write", patch, 1e-3));
        Console.WriteLine(Row("ratio, per round", ratios, 1));
    }

    private static string Row(string name, double[] sorted, double scale) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {sorted[0] * scale:F2} | {sorted[sorted.Length / 4] * scale:F2} | {sorted[sorted.Length / 2] * scale:F2} | {sorted[sorted.Length * 3 / 4] * scale:F2} |");
}
