using System.Globalization;

namespace Scim.Schema;

/// <summary>A decimal value (RFC 7643 §2.3.3).</summary>
/// <param name="value">The number.</param>
public sealed class ScimDecimal(decimal value) : ScimValue
{
    /// <summary>The number.</summary>
    public decimal Value { get; } = value;

    /// <inheritdoc />
    public override ScimValueKind Kind => ScimValueKind.Decimal;

    /// <inheritdoc />
    public override bool Equals(ScimValue? other) => other is ScimDecimal d && d.Value == Value;

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
