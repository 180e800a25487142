using System.Text;

namespace Scim.Filter;

/// <summary>Two filters joined by <c>and</c> or <c>or</c>. Chains are left-associative: <c>a and b and c</c> is
/// <c>(a and b) and c</c>.</summary>
public sealed class LogicalExpression : FilterExpression
{
    /// <summary>Creates a logical expression.</summary>
    /// <param name="operator">The operator.</param>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public LogicalExpression(LogicalOperator @operator, FilterExpression left, FilterExpression right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (@operator is < 0 or > LogicalOperator.Or)
        {
            throw new ArgumentOutOfRangeException(nameof(@operator));
        }

        Operator = @operator;
        Left = left;
        Right = right;
    }

    /// <summary>The operator.</summary>
    public LogicalOperator Operator { get; }

    /// <summary>The left operand.</summary>
    public FilterExpression Left { get; }

    /// <summary>The right operand.</summary>
    public FilterExpression Right { get; }

    internal override int Precedence => Operator == LogicalOperator.And ? 2 : 1;

    /// <inheritdoc />
    public override TResult Accept<TResult>(FilterVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.VisitLogical(this);
    }

    /// <inheritdoc />
    public override bool Equals(FilterExpression? other) =>
        other is LogicalExpression logical
        && logical.Operator == Operator
        && logical.Left.Equals(Left)
        && logical.Right.Equals(Right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Operator, Left, Right);

    internal override void WriteTo(StringBuilder builder)
    {
        WriteOperand(builder, Left, Left.Precedence < Precedence);
        builder.Append(Operator == LogicalOperator.And ? " and " : " or ");
        WriteOperand(builder, Right, Right.Precedence <= Precedence);
    }

    private static void WriteOperand(StringBuilder builder, FilterExpression operand, bool parenthesize)
    {
        if (parenthesize)
        {
            builder.Append('(');
            operand.WriteTo(builder);
            builder.Append(')');
        }
        else
        {
            operand.WriteTo(builder);
        }
    }
}
