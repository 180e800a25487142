namespace Scim.Fuzz.Targets;

/// <summary>Placeholder until the PATCH reader lands on this branch.</summary>
internal static class PatchTarget
{
    public static void Run(ReadOnlySpan<byte> input) => throw new NotSupportedException("The patch target needs Scim.Patch's PatchRequest (" + input.Length + " bytes not run).");
}
