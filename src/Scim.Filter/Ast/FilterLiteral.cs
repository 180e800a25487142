using System.Globalization;
using System.Text;
using Scim.Filter.Parsing;

namespace Scim.Filter;

/// <summary>
/// An immutable comparison value: a JSON string, boolean, null, integer or decimal. Strings compare ordinally
/// (case-sensitive) here; case rules of the attribute apply only when the filter is bound to a schema.
/// </summary>
public sealed class FilterLiteral : IEquatable<FilterLiteral>
{
    private readonly string? _string;
    private readonly long _integer;
    private readonly decimal _decimal;

    private FilterLiteral(FilterLiteralKind kind, string? text, long integer, decimal number)
    {
        Kind = kind;
        _string = text;
        _integer = integer;
        _decimal = number;
    }

    /// <summary>The JSON <c>null</c> literal.</summary>
    public static FilterLiteral Null { get; } = new(FilterLiteralKind.Null, null, 0, 0);

    /// <summary>The JSON <c>true</c> literal.</summary>
    public static FilterLiteral True { get; } = new(FilterLiteralKind.Boolean, null, 1, 0);

    /// <summary>The JSON <c>false</c> literal.</summary>
    public static FilterLiteral False { get; } = new(FilterLiteralKind.Boolean, null, 0, 0);

    /// <summary>The kind of value.</summary>
    public FilterLiteralKind Kind { get; }

    /// <summary>The string value.</summary>
    /// <exception cref="InvalidOperationException">The literal is not a string.</exception>
    public string StringValue => Kind == FilterLiteralKind.String ? _string! : throw WrongKind(FilterLiteralKind.String);

    /// <summary>The boolean value.</summary>
    /// <exception cref="InvalidOperationException">The literal is not a boolean.</exception>
    public bool BooleanValue => Kind == FilterLiteralKind.Boolean ? _integer != 0 : throw WrongKind(FilterLiteralKind.Boolean);

    /// <summary>The integer value.</summary>
    /// <exception cref="InvalidOperationException">The literal is not an integer.</exception>
    public long IntegerValue => Kind == FilterLiteralKind.Integer ? _integer : throw WrongKind(FilterLiteralKind.Integer);

    /// <summary>The decimal value.</summary>
    /// <exception cref="InvalidOperationException">The literal is not a decimal.</exception>
    public decimal DecimalValue => Kind == FilterLiteralKind.Decimal ? _decimal : throw WrongKind(FilterLiteralKind.Decimal);

    /// <summary>The numeric value of an integer or decimal literal.</summary>
    /// <exception cref="InvalidOperationException">The literal is not a number.</exception>
    public decimal NumericValue => Kind switch
    {
        FilterLiteralKind.Integer => _integer,
        FilterLiteralKind.Decimal => _decimal,
        _ => throw WrongKind(FilterLiteralKind.Decimal),
    };

    /// <summary>A string literal.</summary>
    /// <param name="value">The value; it must not contain a lone surrogate (it could not be written as a filter).</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> contains a lone surrogate.</exception>
    public static FilterLiteral FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (JsonStringSyntax.HasLoneSurrogate(value))
        {
            throw new ArgumentException("A filter string cannot contain a lone surrogate.", nameof(value));
        }

        return new FilterLiteral(FilterLiteralKind.String, value, 0, 0);
    }

    /// <summary>A boolean literal.</summary>
    /// <param name="value">The value.</param>
    public static FilterLiteral FromBoolean(bool value) => value ? True : False;

    /// <summary>An integer literal.</summary>
    /// <param name="value">The value.</param>
    public static FilterLiteral FromInteger(long value) => new(FilterLiteralKind.Integer, null, value, 0);

    /// <summary>A decimal literal.</summary>
    /// <param name="value">The value.</param>
    public static FilterLiteral FromDecimal(decimal value) => new(FilterLiteralKind.Decimal, null, 0, value);

    /// <summary>Creates a string literal from text the tokenizer already validated.</summary>
    internal static FilterLiteral FromValidatedString(string value) => new(FilterLiteralKind.String, value, 0, 0);

    /// <summary>Structural equality: same kind and value; strings compare ordinally, decimals by numeric value.</summary>
    /// <param name="other">The literal to compare with.</param>
    public bool Equals(FilterLiteral? other) =>
        other is not null && other.Kind == Kind && Kind switch
        {
            FilterLiteralKind.String => string.Equals(_string, other._string, StringComparison.Ordinal),
            FilterLiteralKind.Decimal => _decimal == other._decimal,
            _ => _integer == other._integer,
        };

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FilterLiteral);

    /// <inheritdoc />
    public override int GetHashCode() => Kind switch
    {
        FilterLiteralKind.String => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(_string!)),
        FilterLiteralKind.Decimal => HashCode.Combine(Kind, _decimal),
        _ => HashCode.Combine(Kind, _integer),
    };

    /// <summary>The literal as canonical filter text: a JSON-escaped string, <c>true</c>, <c>false</c>, <c>null</c> or a number
    /// (decimals always carry a fraction so that they read back as decimals).</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        WriteTo(builder);
        return builder.ToString();
    }

    internal void WriteTo(StringBuilder builder)
    {
        switch (Kind)
        {
            case FilterLiteralKind.String:
                JsonStringSyntax.WriteQuoted(builder, _string!);
                break;
            case FilterLiteralKind.Boolean:
                builder.Append(_integer != 0 ? "true" : "false");
                break;
            case FilterLiteralKind.Null:
                builder.Append("null");
                break;
            case FilterLiteralKind.Integer:
                builder.Append(_integer.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                var text = _decimal.ToString(CultureInfo.InvariantCulture);
                builder.Append(text);
                if (!text.Contains('.', StringComparison.Ordinal))
                {
                    builder.Append(".0");
                }

                break;
        }
    }

    private InvalidOperationException WrongKind(FilterLiteralKind expected) =>
        new($"The literal is a {Kind} value, not a {expected} value.");
}
