using System.Globalization;

namespace Scim.Abstractions;

/// <summary>
/// Versions as the built-in stores write them: a weak ETag over a counter, <c>W/"7"</c>, bumped only when a write
/// changes something. Comparison is lenient about the form a client echoes back (<c>W/"7"</c> or <c>"7"</c>).
/// </summary>
public static class ScimVersion
{
    /// <summary>Formats a version counter as a weak ETag.</summary>
    /// <param name="counter">The counter (1 for a new resource).</param>
    /// <returns>The ETag, e.g. <c>W/"1"</c>.</returns>
    public static string Format(long counter) => "W/\"" + counter.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>Reads the counter of a version in the form <see cref="Format"/> writes, or its strong form <c>"7"</c>.</summary>
    /// <param name="version">The version text.</param>
    /// <param name="counter">The counter, when the text is a version.</param>
    /// <returns>Whether the text is a version.</returns>
    public static bool TryParse(string? version, out long counter)
    {
        counter = 0;
        if (version is null)
        {
            return false;
        }

        var text = version.AsSpan().Trim();
        if (text.StartsWith("W/", StringComparison.OrdinalIgnoreCase))
        {
            text = text[2..];
        }

        if (text.Length < 3 || text[0] != '"' || text[^1] != '"')
        {
            return false;
        }

        return long.TryParse(text[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out counter) && counter > 0;
    }

    /// <summary>Whether a client's expected version matches the current one. <c>*</c> matches any version.</summary>
    /// <param name="expectedVersion">The expected version (an If-Match value); <see langword="null"/> matches anything.</param>
    /// <param name="currentCounter">The current counter.</param>
    /// <returns><see langword="true"/> when the write may proceed.</returns>
    public static bool Matches(string? expectedVersion, long currentCounter) =>
        expectedVersion is null
        || string.Equals(expectedVersion.Trim(), "*", StringComparison.Ordinal)
        || (TryParse(expectedVersion, out var expected) && expected == currentCounter);
}
