using Scim.Filter;

namespace Scim.Abstractions;

/// <summary>Answers whether a filter mentions a top-level attribute (so that a store loads it before evaluating).</summary>
internal sealed class FilterAttributeReferences : FilterVisitor<bool>
{
    private readonly string _attribute;

    private FilterAttributeReferences(string attribute) => _attribute = attribute;

    public static bool Mentions(FilterExpression filter, string attribute) => new FilterAttributeReferences(attribute).Visit(filter);

    public override bool VisitComparison(ComparisonExpression expression) => Names(expression.Path);

    public override bool VisitPresent(PresentExpression expression) => Names(expression.Path);

    public override bool VisitLogical(LogicalExpression expression) => Visit(expression.Left) || Visit(expression.Right);

    public override bool VisitNot(NotExpression expression) => Visit(expression.Operand);

    public override bool VisitValuePath(ValuePathExpression expression) => Names(expression.Path);

    private bool Names(AttributePath path) => string.Equals(path.Name, _attribute, StringComparison.OrdinalIgnoreCase);
}
