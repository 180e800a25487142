namespace Scim.Schema;

/// <summary>A reference value: a URI or a resource id (RFC 7643 §2.3.7).</summary>
public sealed class ScimReference : ScimValue
{
    /// <summary>Creates a reference value.</summary>
    /// <param name="value">The URI or id.</param>
    public ScimReference(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>The URI or id.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override ScimValueKind Kind => ScimValueKind.Reference;

    /// <inheritdoc />
    public override bool Equals(ScimValue? other) => other is ScimReference r && string.Equals(Value, r.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value) ^ 0x5A5A;

    /// <inheritdoc />
    public override string ToString() => Value;
}
