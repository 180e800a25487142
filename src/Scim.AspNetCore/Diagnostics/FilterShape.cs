using System.Globalization;
using System.Text;
using Scim.Filter;

namespace Scim.AspNetCore;

/// <summary>
/// The shape of a filter for logs: attribute paths and operators with every value replaced by <c>?</c>
/// (<c>userName eq ?</c>), so that no raw filter value (an e-mail, a name) ever reaches a log line.
/// </summary>
internal sealed class FilterShape : FilterVisitor<StringBuilder>
{
    private readonly StringBuilder _builder = new();

    private FilterShape()
    {
    }

    public static string Describe(FilterExpression filter)
    {
        var shape = new FilterShape();
        shape.Visit(filter);
        var text = shape._builder.ToString();
        return text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 197), "...");
    }

    public override StringBuilder VisitComparison(ComparisonExpression expression) =>
        _builder.Append(expression.Path).Append(' ').Append(Operator(expression.Operator)).Append(" ?");

    public override StringBuilder VisitPresent(PresentExpression expression) => _builder.Append(expression.Path).Append(" pr");

    public override StringBuilder VisitLogical(LogicalExpression expression)
    {
        _builder.Append('(');
        Visit(expression.Left);
        _builder.Append(expression.Operator == LogicalOperator.And ? " and " : " or ");
        Visit(expression.Right);
        return _builder.Append(')');
    }

    public override StringBuilder VisitNot(NotExpression expression)
    {
        _builder.Append("not (");
        Visit(expression.Operand);
        return _builder.Append(')');
    }

    public override StringBuilder VisitValuePath(ValuePathExpression expression)
    {
        _builder.Append(expression.Path).Append('[');
        Visit(expression.Filter);
        return _builder.Append(']');
    }

    private static string Operator(ComparisonOperator op) => ComparisonOperatorText.Of(op);
}
