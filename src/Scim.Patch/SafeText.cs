namespace Scim.Patch;

/// <summary>Shortens client text (paths, verbs) before it goes into an error detail, so that details stay small.</summary>
internal static class SafeText
{
    public static string Excerpt(string text) => text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 61), "...");
}
