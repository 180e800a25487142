namespace Scim.Schema;

/// <summary>A boolean value (RFC 7643 §2.3.2). Use <see cref="True"/>, <see cref="False"/> or <see cref="From"/>.</summary>
public sealed class ScimBoolean : ScimValue
{
    private ScimBoolean(bool value) => Value = value;

    /// <summary>The value <c>true</c>.</summary>
    public static ScimBoolean True { get; } = new(true);

    /// <summary>The value <c>false</c>.</summary>
    public static ScimBoolean False { get; } = new(false);

    /// <summary>The boolean.</summary>
    public bool Value { get; }

    /// <inheritdoc />
    public override ScimValueKind Kind => ScimValueKind.Boolean;

    /// <summary>Returns the shared instance for a boolean.</summary>
    /// <param name="value">The boolean.</param>
    /// <returns><see cref="True"/> or <see cref="False"/>.</returns>
    public static ScimBoolean From(bool value) => value ? True : False;

    /// <inheritdoc />
    public override bool Equals(ScimValue? other) => other is ScimBoolean b && b.Value == Value;

    /// <inheritdoc />
    public override int GetHashCode() => Value ? 1 : 2;

    /// <inheritdoc />
    public override string ToString() => Value ? "true" : "false";
}
