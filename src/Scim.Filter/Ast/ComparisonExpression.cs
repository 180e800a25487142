using System.Text;

namespace Scim.Filter;

/// <summary>An attribute compared with a value: <c>userName eq "bjensen"</c>.</summary>
public sealed class ComparisonExpression : FilterExpression
{
    /// <summary>Creates a comparison.</summary>
    /// <param name="path">The attribute compared.</param>
    /// <param name="operator">The comparison operator.</param>
    /// <param name="value">The value compared with.</param>
    public ComparisonExpression(AttributePath path, ComparisonOperator @operator, FilterLiteral value)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(value);
        if (@operator is < 0 or > ComparisonOperator.LessThanOrEqual)
        {
            throw new ArgumentOutOfRangeException(nameof(@operator));
        }

        Path = path;
        Operator = @operator;
        Value = value;
    }

    /// <summary>The attribute compared.</summary>
    public AttributePath Path { get; }

    /// <summary>The comparison operator.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>The value compared with.</summary>
    public FilterLiteral Value { get; }

    internal override int Precedence => 3;

    /// <inheritdoc />
    public override TResult Accept<TResult>(FilterVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.VisitComparison(this);
    }

    /// <inheritdoc />
    public override bool Equals(FilterExpression? other) =>
        other is ComparisonExpression comparison
        && comparison.Operator == Operator
        && comparison.Path.Equals(Path)
        && comparison.Value.Equals(Value);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Operator, Value);

    internal override void WriteTo(StringBuilder builder)
    {
        Path.WriteTo(builder);
        builder.Append(' ').Append(ComparisonOperatorText.Of(Operator)).Append(' ');
        Value.WriteTo(builder);
    }
}
