namespace Scim.Schema;

/// <summary>The data types of RFC 7643 §2.3.</summary>
public enum AttributeType
{
    /// <summary>A sequence of Unicode characters (§2.3.1).</summary>
    String,

    /// <summary><c>true</c> or <c>false</c> (§2.3.2).</summary>
    Boolean,

    /// <summary>A real number with at least one digit to the left and right of the period (§2.3.3).</summary>
    Decimal,

    /// <summary>A whole number with no fractional part (§2.3.4).</summary>
    Integer,

    /// <summary>An xsd:dateTime with a time zone, such as <c>2008-01-23T04:56:22Z</c> (§2.3.5).</summary>
    DateTime,

    /// <summary>Arbitrary binary data, base64-encoded in JSON (§2.3.6).</summary>
    Binary,

    /// <summary>A URI for a resource (§2.3.7).</summary>
    Reference,

    /// <summary>A singular or multi-valued attribute whose value is a composition of sub-attributes (§2.3.8).</summary>
    Complex,
}
