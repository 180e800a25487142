using System.Globalization;

namespace Scim.Schema;

/// <summary>An integer value (RFC 7643 §2.3.4).</summary>
/// <param name="value">The integer.</param>
public sealed class ScimInteger(long value) : ScimValue
{
    /// <summary>The integer.</summary>
    public long Value { get; } = value;

    /// <inheritdoc />
    public override ScimValueKind Kind => ScimValueKind.Integer;

    /// <inheritdoc />
    public override bool Equals(ScimValue? other) => other is ScimInteger i && i.Value == Value;

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
