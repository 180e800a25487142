using System.Text;

namespace Scim.Filter;

/// <summary>A negated group: <c>not (emails co "example.com")</c>.</summary>
public sealed class NotExpression : FilterExpression
{
    /// <summary>Creates a negation.</summary>
    /// <param name="operand">The negated filter.</param>
    public NotExpression(FilterExpression operand)
    {
        ArgumentNullException.ThrowIfNull(operand);
        Operand = operand;
    }

    /// <summary>The negated filter.</summary>
    public FilterExpression Operand { get; }

    internal override int Precedence => 3;

    /// <inheritdoc />
    public override TResult Accept<TResult>(FilterVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.VisitNot(this);
    }

    /// <inheritdoc />
    public override bool Equals(FilterExpression? other) => other is NotExpression not && not.Operand.Equals(Operand);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Operand, 31);

    internal override void WriteTo(StringBuilder builder)
    {
        builder.Append("not (");
        Operand.WriteTo(builder);
        builder.Append(')');
    }
}
