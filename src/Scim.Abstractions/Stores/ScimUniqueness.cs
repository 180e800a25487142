using System.Text;
using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>
/// The one normalisation every store uses to decide whether two values of a unique, case-insensitive attribute
/// (<c>userName</c>, a group's <c>displayName</c>) are the same: Unicode compatibility normalisation (NFKC) followed
/// by a case fold. <c>"BJensen"</c>, <c>"bjensen"</c>, <c>"ｂｊｅｎｓｅｎ"</c> (full-width) and <c>"bjensen"</c> with a
/// Kelvin sign for the <c>k</c> of another name all normalise to the same key.
/// </summary>
/// <remarks>
/// The case fold is the invariant upper-case mapping followed by the invariant lower-case mapping (so that, for
/// example, the final sigma <c>ς</c> and <c>σ</c> fold together), then NFKC again because case mappings can
/// denormalise. It is culture-independent and stable across processes, so a database can index the result.
/// </remarks>
public static class ScimUniqueness
{
    /// <summary>The longest value accepted for a unique attribute, in UTF-16 code units (a bounded index key).</summary>
    public const int MaxLength = 1024;

    /// <summary>Normalises a value of a unique case-insensitive attribute to its comparison key.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The comparison key.</returns>
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

    /// <summary>Normalises a value of a unique case-insensitive attribute, without throwing for invalid text.</summary>
    /// <param name="value">The value.</param>
    /// <param name="key">The comparison key, when the value is valid.</param>
    /// <returns><see langword="false"/> when the value contains a lone surrogate or is too long.</returns>
    public static bool TryNormalize(string value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? key)
    {
        ArgumentNullException.ThrowIfNull(value);
        key = null;
        if (value.Length > MaxLength)
        {
            return false;
        }

        try
        {
            var composed = value.IsNormalized(NormalizationForm.FormKC) ? value : value.Normalize(NormalizationForm.FormKC);
            var folded = composed.ToUpperInvariant().ToLowerInvariant();
            key = folded.IsNormalized(NormalizationForm.FormKC) ? folded : folded.Normalize(NormalizationForm.FormKC);
            return true;
        }
        catch (ArgumentException)
        {
            // string.Normalize rejects ill-formed UTF-16 (lone surrogates).
            return false;
        }
    }

    /// <summary>
    /// The key a case-insensitive value is filtered and sorted by: <see cref="Normalize"/>'s result, or the value
    /// itself when it cannot be normalised (too long, or not valid Unicode). Stores index this key so that a filter
    /// such as <c>userName eq "BJENSEN"</c> finds exactly what uniqueness considers the same name.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The comparison key.</returns>
    public static string ComparisonKey(string value) => TryNormalize(value, out var key) ? key : value;

    /// <summary>Whether two values are the same under this normalisation.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both normalise to the same key.</returns>
    public static bool AreSame(string left, string right) =>
        TryNormalize(left, out var a) && TryNormalize(right, out var b) && string.Equals(a, b, StringComparison.Ordinal);
}
