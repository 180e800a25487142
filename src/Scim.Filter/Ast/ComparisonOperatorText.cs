namespace Scim.Filter;

/// <summary>The lowercase filter keyword of each <see cref="ComparisonOperator"/>.</summary>
public static class ComparisonOperatorText
{
    /// <summary>The keyword, e.g. <c>eq</c>.</summary>
    /// <param name="operator">The operator.</param>
    /// <returns>The lowercase keyword.</returns>
    public static string Of(ComparisonOperator @operator) => @operator switch
    {
        ComparisonOperator.Equal => "eq",
        ComparisonOperator.NotEqual => "ne",
        ComparisonOperator.Contains => "co",
        ComparisonOperator.StartsWith => "sw",
        ComparisonOperator.EndsWith => "ew",
        ComparisonOperator.GreaterThan => "gt",
        ComparisonOperator.GreaterThanOrEqual => "ge",
        ComparisonOperator.LessThan => "lt",
        ComparisonOperator.LessThanOrEqual => "le",
        _ => throw new ArgumentOutOfRangeException(nameof(@operator)),
    };
}
