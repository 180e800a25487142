namespace Scim.Schema;

/// <summary>A string value (RFC 7643 §2.3.1).</summary>
public sealed class ScimString : ScimValue
{
    /// <summary>The empty string.</summary>
    public static ScimString Empty { get; } = new(string.Empty);

    /// <summary>Creates a string value.</summary>
    /// <param name="value">The string.</param>
    public ScimString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>The string.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override ScimValueKind Kind => ScimValueKind.String;

    /// <inheritdoc />
    public override bool Equals(ScimValue? other) => other is ScimString s && string.Equals(Value, s.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
