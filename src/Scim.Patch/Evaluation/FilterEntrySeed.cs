using System.Globalization;
using Scim.Filter;
using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// Builds the entry that create-on-absent adds (INTEROP.md item 8): from <c>emails[type eq "work"]</c> the element
/// <c>{"type": "work"}</c>. Only a filter of <c>eq</c> terms joined by <c>and</c> can seed an entry; anything else
/// (<c>or</c>, <c>not</c>, <c>co</c>...) says too little about the entry to create.
/// </summary>
internal static class FilterEntrySeed
{
    public static ScimComplex? TryBuild(AttributeDefinition attribute, FilterExpression filter)
    {
        if (attribute.Type != AttributeType.Complex)
        {
            return null;
        }

        var seed = ScimComplex.Empty;
        return TryAdd(attribute, filter, ref seed) && seed.Count > 0 ? seed : null;
    }

    private static bool TryAdd(AttributeDefinition attribute, FilterExpression filter, ref ScimComplex seed)
    {
        switch (filter)
        {
            case LogicalExpression { Operator: LogicalOperator.And } and:
                return TryAdd(attribute, and.Left, ref seed) && TryAdd(attribute, and.Right, ref seed);
            case ComparisonExpression { Operator: ComparisonOperator.Equal, Path.SubAttribute: null } comparison:
                var sub = attribute.FindSubAttribute(comparison.Path.Name);
                var value = sub is null ? null : ToValue(sub, comparison.Value);
                if (sub is null || value is null)
                {
                    return false;
                }

                var existing = seed.Find(sub.Name);
                if (existing is not null)
                {
                    return existing.Equals(value);
                }

                seed = seed.With(sub.Name, value);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A boolean literal, or Entra's quoted <c>"True"</c>/<c>"False"</c>, read as the filter binder reads it.</summary>
    private static bool? AsBoolean(FilterLiteral literal) => literal.Kind switch
    {
        FilterLiteralKind.Boolean => literal.BooleanValue,
        FilterLiteralKind.String when bool.TryParse(literal.StringValue, out var quoted) => quoted,
        _ => null,
    };

    private static ScimValue? ToValue(AttributeDefinition sub, FilterLiteral literal)
    {
        if (sub.MultiValued)
        {
            return null;
        }

        switch (sub.Type)
        {
            case AttributeType.String when literal.Kind == FilterLiteralKind.String:
                return new ScimString(literal.StringValue);
            case AttributeType.Reference when literal.Kind == FilterLiteralKind.String:
                return new ScimReference(literal.StringValue);
            case AttributeType.Boolean:
                return AsBoolean(literal) is { } flag ? ScimBoolean.From(flag) : null;
            case AttributeType.Integer when literal.Kind == FilterLiteralKind.Integer:
                return new ScimInteger(literal.IntegerValue);
            case AttributeType.Decimal when literal.Kind is FilterLiteralKind.Integer or FilterLiteralKind.Decimal:
                return new ScimDecimal(literal.NumericValue);
            case AttributeType.DateTime when literal.Kind == FilterLiteralKind.String
                && DateTimeOffset.TryParse(literal.StringValue, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant):
                return new ScimDateTime(instant);
            default:
                return null;
        }
    }
}
