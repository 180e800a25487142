namespace Scim.Filter.Binding;

/// <summary>A type-checked comparison. <c>ne</c> is bound as the negation of <c>eq</c>; <c>eq null</c> as absence.</summary>
internal sealed class BoundComparison(ResolvedAttribute attribute, ComparisonOperator @operator, ComparisonValue value) : BoundNode
{
    /// <summary>The attribute compared.</summary>
    public ResolvedAttribute Attribute { get; } = attribute;

    /// <summary>The operator; never <see cref="ComparisonOperator.NotEqual"/>.</summary>
    public ComparisonOperator Operator { get; } = @operator;

    /// <summary>The value, converted to the attribute's type.</summary>
    public ComparisonValue Value { get; } = value;
}
