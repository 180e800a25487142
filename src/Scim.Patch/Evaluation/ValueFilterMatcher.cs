using System.Globalization;
using Scim.Filter;
using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// Evaluates a value filter (<c>emails[type eq "work"]</c>) against one element of a multi-valued attribute, with the
/// schema's rules: strings compare ordinally, ignoring case unless the sub-attribute is <c>caseExact</c>; booleans
/// also match Entra's <c>"True"</c>/<c>"False"</c> strings; dateTimes compare as instants. A comparison of
/// incompatible types is false. For a multi-valued attribute of simple values, <c>value</c> names the element itself.
/// </summary>
internal static class ValueFilterMatcher
{
    public static bool Matches(AttributeDefinition attribute, FilterExpression filter, ScimValue element) => filter switch
    {
        ComparisonExpression comparison => Compare(Resolve(attribute, comparison.Path, element), comparison.Operator, comparison.Value),
        PresentExpression present => IsPresent(Resolve(attribute, present.Path, element).Value),
        LogicalExpression { Operator: LogicalOperator.And } and => Matches(attribute, and.Left, element) && Matches(attribute, and.Right, element),
        LogicalExpression or => Matches(attribute, or.Left, element) || Matches(attribute, or.Right, element),
        NotExpression not => !Matches(attribute, not.Operand, element),
        _ => false,
    };

    private static (AttributeDefinition? Definition, ScimValue? Value) Resolve(AttributeDefinition attribute, AttributePath path, ScimValue element)
    {
        if (attribute.Type != AttributeType.Complex)
        {
            return string.Equals(path.Name, "value", StringComparison.OrdinalIgnoreCase) ? (attribute, element) : (null, null);
        }

        var sub = attribute.FindSubAttribute(path.Name);
        return sub is null || element is not ScimComplex complex ? (null, null) : (sub, complex.Find(sub.Name));
    }

    private static bool IsPresent(ScimValue? value) => value switch
    {
        null => false,
        ScimString s => s.Value.Length > 0,
        ScimComplex c => c.Count > 0,
        ScimMultiValue m => m.Count > 0,
        _ => true,
    };

    private static bool Compare((AttributeDefinition? Definition, ScimValue? Value) actual, ComparisonOperator op, FilterLiteral literal)
    {
        if (actual.Definition is null)
        {
            return false;
        }

        if (actual.Value is null)
        {
            return literal.Kind == FilterLiteralKind.Null ? op == ComparisonOperator.Equal : op == ComparisonOperator.NotEqual;
        }

        if (literal.Kind == FilterLiteralKind.Null)
        {
            return op == ComparisonOperator.NotEqual;
        }

        if (actual.Value is ScimMultiValue list)
        {
            foreach (var item in list)
            {
                if (CompareOne(actual.Definition, item, op, literal))
                {
                    return true;
                }
            }

            return false;
        }

        return CompareOne(actual.Definition, actual.Value, op, literal);
    }

    private static bool CompareOne(AttributeDefinition definition, ScimValue value, ComparisonOperator op, FilterLiteral literal)
    {
        switch (value)
        {
            case ScimString s:
                return literal.Kind == FilterLiteralKind.String && CompareText(s.Value, literal.StringValue, op, definition.CaseExact);
            case ScimReference r:
                return literal.Kind == FilterLiteralKind.String && CompareText(r.Value, literal.StringValue, op, definition.CaseExact);
            case ScimBinary b:
                return literal.Kind == FilterLiteralKind.String && CompareText(b.Base64, literal.StringValue, op, caseExact: true);
            case ScimBoolean flag:
                var wanted = AsBoolean(literal);
                return wanted is not null && op switch
                {
                    ComparisonOperator.Equal => flag.Value == wanted.Value,
                    ComparisonOperator.NotEqual => flag.Value != wanted.Value,
                    _ => false,
                };
            case ScimInteger i:
                return literal.Kind is FilterLiteralKind.Integer or FilterLiteralKind.Decimal && CompareOrdered(((decimal)i.Value).CompareTo(literal.NumericValue), op);
            case ScimDecimal d:
                return literal.Kind is FilterLiteralKind.Integer or FilterLiteralKind.Decimal && CompareOrdered(d.Value.CompareTo(literal.NumericValue), op);
            case ScimDateTime dt:
                return literal.Kind == FilterLiteralKind.String
                    && DateTimeOffset.TryParse(literal.StringValue, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                    && CompareOrdered(dt.Value.CompareTo(instant), op);
            default:
                return false;
        }
    }

    /// <summary>A boolean literal, or Entra's <c>"True"</c>/<c>"False"</c> string (<c>roles[primary eq "True"]</c>).</summary>
    internal static bool? AsBoolean(FilterLiteral literal) => literal.Kind switch
    {
        FilterLiteralKind.Boolean => literal.BooleanValue,
        FilterLiteralKind.String when string.Equals(literal.StringValue, "true", StringComparison.OrdinalIgnoreCase) => true,
        FilterLiteralKind.String when string.Equals(literal.StringValue, "false", StringComparison.OrdinalIgnoreCase) => false,
        _ => null,
    };

    private static bool CompareText(string actual, string expected, ComparisonOperator op, bool caseExact)
    {
        var comparison = caseExact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return op switch
        {
            ComparisonOperator.Equal => string.Equals(actual, expected, comparison),
            ComparisonOperator.NotEqual => !string.Equals(actual, expected, comparison),
            ComparisonOperator.Contains => actual.Contains(expected, comparison),
            ComparisonOperator.StartsWith => actual.StartsWith(expected, comparison),
            ComparisonOperator.EndsWith => actual.EndsWith(expected, comparison),
            _ => CompareOrdered(string.Compare(actual, expected, comparison), op),
        };
    }

    private static bool CompareOrdered(int order, ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => order == 0,
        ComparisonOperator.NotEqual => order != 0,
        ComparisonOperator.GreaterThan => order > 0,
        ComparisonOperator.GreaterThanOrEqual => order >= 0,
        ComparisonOperator.LessThan => order < 0,
        ComparisonOperator.LessThanOrEqual => order <= 0,
        _ => false,
    };
}
