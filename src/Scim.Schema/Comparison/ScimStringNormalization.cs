using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Scim.Schema;

/// <summary>
/// The one definition of case-insensitive equality for string values of attributes that are not <c>caseExact</c>
/// (RFC 7643 §2.2): two values are the same when their normalised forms are ordinally equal. Filters compare
/// normalised forms (<c>eq</c>, <c>co</c>, <c>sw</c>, <c>ew</c>, <c>gt</c>...), stores enforce uniqueness on them and
/// index them, so that <c>userName eq "BJENSEN"</c> finds exactly the users uniqueness considers the same name.
/// </summary>
/// <remarks>
/// The normal form is Unicode compatibility normalisation (NFKC), then a case fold (the invariant upper-case mapping
/// followed by the invariant lower-case mapping, so that for example <c>ς</c> and <c>σ</c> fold together), then NFKC
/// again because case mappings can denormalise. <c>"BJensen"</c>, <c>"bjensen"</c>, full-width <c>"ｂｊｅｎｓｅｎ"</c>
/// and a name written with the Kelvin sign for <c>k</c> all normalise to the same string. The result is
/// culture-independent and stable across processes, so a database can index it. For plain ASCII text it is the
/// lower-case text.
/// </remarks>
public static class ScimStringNormalization
{
    /// <summary>The normal form of a value: NFKC, case fold, NFKC. Text that is not well-formed UTF-16 (a lone
    /// surrogate) cannot be Unicode-normalised; it is only case folded.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The normal form.</returns>
    public static string Normalize(string value) =>
        TryNormalize(value, out var normalized) ? normalized : value.ToUpperInvariant().ToLowerInvariant();

    /// <summary>The normal form of a value, or <see langword="false"/> when the value is not well-formed UTF-16.</summary>
    /// <param name="value">The value.</param>
    /// <param name="normalized">The normal form, when the value is well formed.</param>
    /// <returns>Whether the value could be normalised.</returns>
    public static bool TryNormalize(string value, [NotNullWhen(true)] out string? normalized)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (IsLowerAscii(value))
        {
            normalized = value;
            return true;
        }

        try
        {
            var composed = value.IsNormalized(NormalizationForm.FormKC) ? value : value.Normalize(NormalizationForm.FormKC);
            var folded = composed.ToUpperInvariant().ToLowerInvariant();
            normalized = folded.IsNormalized(NormalizationForm.FormKC) ? folded : folded.Normalize(NormalizationForm.FormKC);
            return true;
        }
        catch (ArgumentException)
        {
            // string.Normalize and IsNormalized reject ill-formed UTF-16 (lone surrogates).
            normalized = null;
            return false;
        }
    }

    /// <summary>Whether two values are the same for an attribute that is not <c>caseExact</c>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether their normal forms are ordinally equal.</returns>
    public static bool AreEqual(string left, string right) =>
        string.Equals(left, right, StringComparison.Ordinal) || string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);

    /// <summary>Whether two values of an attribute are the same: ordinally when it is <c>caseExact</c>, else by normal form.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <param name="caseExact">The attribute's <c>caseExact</c>.</param>
    /// <returns>Whether they are the same value.</returns>
    public static bool AreEqual(string left, string right, bool caseExact) =>
        caseExact ? string.Equals(left, right, StringComparison.Ordinal) : AreEqual(left, right);

    /// <summary>The comparer for values of an attribute: <see cref="StringComparer.Ordinal"/> when it is <c>caseExact</c>,
    /// else one that compares normal forms ordinally (for sets and dictionaries keyed by such values).</summary>
    /// <param name="caseExact">The attribute's <c>caseExact</c>.</param>
    /// <returns>The comparer.</returns>
    public static StringComparer Comparer(bool caseExact) => caseExact ? StringComparer.Ordinal : NormalizedStringComparer.Instance;

    /// <summary>ASCII text without upper-case letters is its own normal form (NFKC leaves ASCII alone).</summary>
    private static bool IsLowerAscii(string value)
    {
        foreach (var c in value)
        {
            if (c > 0x7F || c is >= 'A' and <= 'Z')
            {
                return false;
            }
        }

        return true;
    }
}
