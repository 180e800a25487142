namespace Scim.Schema;

/// <summary>
/// An attribute value of a SCIM resource: a closed, immutable hierarchy of typed values (<see cref="ScimString"/>,
/// <see cref="ScimBoolean"/>, <see cref="ScimInteger"/>, <see cref="ScimDecimal"/>, <see cref="ScimDateTime"/>,
/// <see cref="ScimBinary"/>, <see cref="ScimReference"/>, <see cref="ScimComplex"/>, <see cref="ScimMultiValue"/>).
/// </summary>
/// <remarks>
/// Values never change after construction, so a resource is copied by sharing: an edit builds new containers along
/// the edited path and reuses everything else. Equality is structural and exact (strings compare ordinally;
/// sub-attribute names case-insensitively, in any order; multi-valued items in order).
/// </remarks>
public abstract class ScimValue : IEquatable<ScimValue>
{
    private protected ScimValue()
    {
    }

    /// <summary>The kind of value.</summary>
    public abstract ScimValueKind Kind { get; }

    /// <summary>Structural equality.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when both values are equal.</returns>
    public abstract bool Equals(ScimValue? other);

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => obj is ScimValue other && Equals(other);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>Whether two values are structurally equal (both <see langword="null"/> counts as equal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool AreEqual(ScimValue? left, ScimValue? right) =>
        ReferenceEquals(left, right) || (left is not null && left.Equals(right));
}
