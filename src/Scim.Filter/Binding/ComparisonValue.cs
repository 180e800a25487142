using Scim.Schema;

namespace Scim.Filter.Binding;

/// <summary>A comparison value converted to the type of the attribute it is compared with.</summary>
internal sealed class ComparisonValue
{
    private ComparisonValue(AttributeType type, string? text, string? normalizedText, bool boolean, long integer, decimal number, DateTimeOffset dateTime)
    {
        Type = type;
        Text = text;
        NormalizedText = normalizedText;
        Boolean = boolean;
        Integer = integer;
        Decimal = number;
        DateTime = dateTime;
    }

    /// <summary>The attribute type the value was converted to.</summary>
    public AttributeType Type { get; }

    /// <summary>The text of a string, reference or binary value.</summary>
    public string? Text { get; }

    /// <summary>For an attribute that is not caseExact: the <see cref="ScimStringNormalization"/> normal form of
    /// <see cref="Text"/>, which values are compared with; otherwise <see langword="null"/>.</summary>
    public string? NormalizedText { get; }

    /// <summary>The value of a boolean.</summary>
    public bool Boolean { get; }

    /// <summary>The value of an integer.</summary>
    public long Integer { get; }

    /// <summary>The value of a decimal.</summary>
    public decimal Decimal { get; }

    /// <summary>The value of a dateTime.</summary>
    public DateTimeOffset DateTime { get; }

    public static ComparisonValue FromText(AttributeType type, string text, bool caseExact) =>
        new(type, text, caseExact || type == AttributeType.Binary ? null : ScimStringNormalization.Normalize(text), false, 0, 0, default);

    public static ComparisonValue FromBoolean(bool value) => new(AttributeType.Boolean, null, null, value, 0, 0, default);

    public static ComparisonValue FromInteger(long value) => new(AttributeType.Integer, null, null, false, value, 0, default);

    public static ComparisonValue FromDecimal(decimal value) => new(AttributeType.Decimal, null, null, false, 0, value, default);

    public static ComparisonValue FromDateTime(DateTimeOffset value) => new(AttributeType.DateTime, null, null, false, 0, 0, value);
}
