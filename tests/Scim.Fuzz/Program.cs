using Scim.Fuzz.Targets;
using SharpFuzz;

namespace Scim.Fuzz;

/// <summary>
/// Entry point: <c>Scim.Fuzz TARGET</c> under afl-fuzz (SharpFuzz fork server, out of process so a stack overflow is
/// a recorded crash rather than a dead fuzzer), or <c>Scim.Fuzz TARGET FILE-OR-FOLDER...</c> to replay inputs once.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0 || !FuzzTargets.TryGet(args[0], out var run))
        {
            Console.Error.WriteLine("usage: Scim.Fuzz {" + string.Join('|', FuzzTargets.Names) + "} [input-file-or-folder...]");
            return 2;
        }

        if (args.Length > 1)
        {
            return Replay(run, args.AsSpan(1));
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            run(buffer.ToArray());
        });
        return 0;
    }

    private static int Replay(Action<byte[]> run, ReadOnlySpan<string> inputs)
    {
        var failures = 0;
        var count = 0;
        foreach (var input in inputs)
        {
            var files = Directory.Exists(input) ? Directory.GetFiles(input, "*", SearchOption.AllDirectories) : [input];
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                count++;
                try
                {
                    run(File.ReadAllBytes(file));
                }
#pragma warning disable CA1031 // Replay reports every failing input instead of stopping at the first.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    failures++;
                    Console.Error.WriteLine(file + ": " + ex);
                }
            }
        }

        Console.WriteLine(count + " inputs replayed, " + failures + " failed");
        return failures == 0 ? 0 : 1;
    }
}
