namespace Scim.Fuzz.Targets;

/// <summary>The harnesses by the name the scripts and the regression replay use (the folder names under tests/fuzz).</summary>
internal static class FuzzTargets
{
    public const string Filter = "filter";
    public const string Path = "path";
    public const string Patch = "patch";
    public const string Resource = "resource";

    public static IReadOnlyList<string> Names { get; } = [Filter, Path, Patch, Resource];

    public static bool TryGet(string name, out Action<byte[]> run)
    {
        run = name switch
        {
            Filter => input => FilterTarget.Run(input),
            Path => input => PathTarget.Run(input),
            Patch => input => PatchTarget.Run(input),
            Resource => input => ResourceTarget.Run(input),
            _ => null!,
        };
        return run is not null;
    }
}
