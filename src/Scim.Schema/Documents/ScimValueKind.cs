namespace Scim.Schema;

/// <summary>The kind of a <see cref="ScimValue"/>.</summary>
public enum ScimValueKind
{
    /// <summary>A <see cref="ScimString"/>.</summary>
    String,

    /// <summary>A <see cref="ScimBoolean"/>.</summary>
    Boolean,

    /// <summary>A <see cref="ScimInteger"/>.</summary>
    Integer,

    /// <summary>A <see cref="ScimDecimal"/>.</summary>
    Decimal,

    /// <summary>A <see cref="ScimDateTime"/>.</summary>
    DateTime,

    /// <summary>A <see cref="ScimBinary"/>.</summary>
    Binary,

    /// <summary>A <see cref="ScimReference"/>.</summary>
    Reference,

    /// <summary>A <see cref="ScimComplex"/>.</summary>
    Complex,

    /// <summary>A <see cref="ScimMultiValue"/>.</summary>
    MultiValued,
}
