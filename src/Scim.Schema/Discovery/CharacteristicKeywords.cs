namespace Scim.Schema;

/// <summary>The JSON spellings of attribute characteristics in RFC 7643 §7 (<c>"dateTime"</c>, <c>"readOnly"</c>, ...).</summary>
internal static class CharacteristicKeywords
{
    public static string Of(AttributeType type) => type switch
    {
        AttributeType.String => "string",
        AttributeType.Boolean => "boolean",
        AttributeType.Decimal => "decimal",
        AttributeType.Integer => "integer",
        AttributeType.DateTime => "dateTime",
        AttributeType.Binary => "binary",
        AttributeType.Reference => "reference",
        AttributeType.Complex => "complex",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown attribute type."),
    };

    public static string Of(Mutability mutability) => mutability switch
    {
        Mutability.ReadWrite => "readWrite",
        Mutability.ReadOnly => "readOnly",
        Mutability.Immutable => "immutable",
        Mutability.WriteOnly => "writeOnly",
        _ => throw new ArgumentOutOfRangeException(nameof(mutability), mutability, "Unknown mutability."),
    };

    public static string Of(Returned returned) => returned switch
    {
        Returned.Default => "default",
        Returned.Always => "always",
        Returned.Never => "never",
        Returned.Request => "request",
        _ => throw new ArgumentOutOfRangeException(nameof(returned), returned, "Unknown returned value."),
    };

    public static string Of(Uniqueness uniqueness) => uniqueness switch
    {
        Uniqueness.None => "none",
        Uniqueness.Server => "server",
        Uniqueness.Global => "global",
        _ => throw new ArgumentOutOfRangeException(nameof(uniqueness), uniqueness, "Unknown uniqueness."),
    };
}
