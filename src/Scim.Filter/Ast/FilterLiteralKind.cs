namespace Scim.Filter;

/// <summary>The JSON kinds a comparison value can have. Integer and decimal numbers are kept apart.</summary>
public enum FilterLiteralKind
{
    /// <summary>A JSON string.</summary>
    String,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c>.</summary>
    Null,

    /// <summary>A JSON number without fraction or exponent, within the range of <see cref="long"/>.</summary>
    Integer,

    /// <summary>A JSON number with a fraction or an exponent, within the range of <see cref="decimal"/>.</summary>
    Decimal,
}
