namespace Scim.Filter.Binding;

/// <summary><c>and</c> / <c>or</c>.</summary>
internal sealed class BoundLogical(LogicalOperator @operator, BoundNode left, BoundNode right) : BoundNode
{
    /// <summary>The operator.</summary>
    public LogicalOperator Operator { get; } = @operator;

    /// <summary>The left operand.</summary>
    public BoundNode Left { get; } = left;

    /// <summary>The right operand.</summary>
    public BoundNode Right { get; } = right;
}
