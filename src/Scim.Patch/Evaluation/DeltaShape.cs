using Scim.Filter;
using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// Which operations on a multi-valued attribute kept as rows can be applied as a <see cref="MultiValuedAttributeDelta"/>
/// without reading the current values: add, replace or remove of the whole attribute, removal of listed values that
/// carry their <c>value</c> key, and removal through a filter that is <c>value eq "x"</c> or an <c>or</c> of such terms.
/// </summary>
internal static class DeltaShape
{
    public static bool CanExpress(PatchOperationType type, PatchTarget target, ScimValue? value, PatchActionValue kind)
    {
        if (target.IsWholeAttribute)
        {
            return kind != PatchActionValue.RemoveListed || (value is ScimMultiValue list && list.All(item => KeyOf(item) is not null));
        }

        return type == PatchOperationType.Remove
            && target.SubAttribute is null
            && target.FilteredSubAttribute is null
            && target.Filter is not null
            && TryCollectKeys(target.Filter, null);
    }

    /// <summary>Collects the keys of a filter made only of <c>value eq "..."</c> terms joined by <c>or</c>.</summary>
    public static bool TryCollectKeys(FilterExpression filter, List<string>? keys)
    {
        switch (filter)
        {
            case ComparisonExpression { Operator: ComparisonOperator.Equal, Path.SubAttribute: null } comparison
                when comparison.Value.Kind == FilterLiteralKind.String
                && string.Equals(comparison.Path.Name, "value", StringComparison.OrdinalIgnoreCase):
                keys?.Add(comparison.Value.StringValue);
                return true;
            case LogicalExpression { Operator: LogicalOperator.Or } logical:
                return TryCollectKeys(logical.Left, keys) && TryCollectKeys(logical.Right, keys);
            default:
                return false;
        }
    }

    /// <summary>The <c>value</c> key of an element, or <see langword="null"/>.</summary>
    public static string? KeyOf(ScimValue item) => item is ScimComplex complex && complex.Find("value") is ScimString { Value.Length: > 0 } key ? key.Value : null;
}
