using BenchmarkDotNet.Running;

namespace Scim.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/Scim.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>
    /// Runs the benchmarks the command line selects; <c>paired-user-patch</c> runs the user PATCH against its baseline
    /// in alternating rounds instead (see <see cref="Patch.PairedUserPatchRun"/>).
    /// </summary>
    public static void Main(string[] args)
    {
        if (args is ["paired-user-patch", ..])
        {
            Patch.PairedUserPatchRun.Run();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
