namespace Scim.AspNetCore;

/// <summary>Compares entity tags (RFC 9110 §8.8.3) as If-Match and If-None-Match need them.</summary>
internal static class EntityTags
{
    /// <summary>Whether any tag in a header value (a list, or <c>*</c>) matches the current version, using the weak comparison.</summary>
    public static bool AnyMatches(string header, string? current)
    {
        if (current is null)
        {
            return false;
        }

        foreach (var candidate in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (candidate == "*" || Opaque(candidate).Equals(Opaque(current), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Opaque(string tag)
    {
        var span = tag.AsSpan().Trim();
        if (span.StartsWith("W/", StringComparison.OrdinalIgnoreCase))
        {
            span = span[2..];
        }

        return span.Trim('"');
    }
}
