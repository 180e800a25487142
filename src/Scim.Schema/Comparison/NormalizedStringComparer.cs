namespace Scim.Schema;

/// <summary>Compares strings by their <see cref="ScimStringNormalization"/> normal forms, ordinally.</summary>
internal sealed class NormalizedStringComparer : StringComparer
{
    public static NormalizedStringComparer Instance { get; } = new();

    public override int Compare(string? x, string? y) =>
        x is null || y is null ? string.CompareOrdinal(x, y) : string.CompareOrdinal(ScimStringNormalization.Normalize(x), ScimStringNormalization.Normalize(y));

    public override bool Equals(string? x, string? y) =>
        x is null || y is null ? ReferenceEquals(x, y) : ScimStringNormalization.AreEqual(x, y);

    public override int GetHashCode(string obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return ScimStringNormalization.Normalize(obj).GetHashCode(StringComparison.Ordinal);
    }
}
