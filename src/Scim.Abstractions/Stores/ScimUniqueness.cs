using System.Diagnostics.CodeAnalysis;
using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>
/// The keys stores enforce uniqueness on for unique attributes that are not <c>caseExact</c> (<c>userName</c>, a
/// group's <c>displayName</c>): the <see cref="ScimStringNormalization"/> normal form — the same rule filters use —
/// restricted to values a store can index (well-formed Unicode, at most <see cref="MaxLength"/> code units).
/// </summary>
public static class ScimUniqueness
{
    /// <summary>The longest value accepted for a unique attribute, in UTF-16 code units (a bounded index key).</summary>
    public const int MaxLength = 1024;

    /// <summary>Normalises a value of a unique case-insensitive attribute to its uniqueness key.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The key: <see cref="ScimStringNormalization.Normalize"/> of the value.</returns>
    /// <exception cref="ScimException">400 <c>invalidValue</c> when the value is not valid Unicode (a lone surrogate) or is longer than <see cref="MaxLength"/>.</exception>
    public static string Normalize(string value)
    {
        if (!TryNormalize(value, out var key))
        {
            throw ScimException.InvalidValue(
                value.Length > MaxLength
                    ? $"A unique attribute value may have at most {MaxLength} characters."
                    : "A unique attribute value must be valid Unicode text.");
        }

        return key;
    }

    /// <summary>Normalises a value of a unique case-insensitive attribute, without throwing for unusable text.</summary>
    /// <param name="value">The value.</param>
    /// <param name="key">The key, when the value is usable.</param>
    /// <returns><see langword="false"/> when the value contains a lone surrogate or is too long.</returns>
    public static bool TryNormalize(string value, [NotNullWhen(true)] out string? key)
    {
        ArgumentNullException.ThrowIfNull(value);
        key = null;
        return value.Length <= MaxLength && ScimStringNormalization.TryNormalize(value, out key);
    }

    /// <summary>The key a case-insensitive value is filtered and sorted by: <see cref="ScimStringNormalization.Normalize"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The comparison key.</returns>
    public static string ComparisonKey(string value) => ScimStringNormalization.Normalize(value);

    /// <summary>Whether two values are the same under this normalisation (and both usable as unique values).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both normalise to the same key.</returns>
    public static bool AreSame(string left, string right) =>
        TryNormalize(left, out var a) && TryNormalize(right, out var b) && string.Equals(a, b, StringComparison.Ordinal);
}
