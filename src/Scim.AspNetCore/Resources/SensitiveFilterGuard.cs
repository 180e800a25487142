using Scim.Filter;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>
/// Refuses filters on attributes that are never returned (<c>password</c>): filtering on them would disclose the
/// secret one comparison at a time. The answer is 400 <c>invalidFilter</c>, the RFC 7644 §3.12 type for "the
/// attribute and comparison combination is not supported", in query strings and <c>/.search</c> alike.
/// </summary>
internal sealed class SensitiveFilterGuard : FilterVisitor<bool>
{
    private readonly ResourceTypeDefinition _type;
    private AttributeDefinition? _parent;

    private SensitiveFilterGuard(ResourceTypeDefinition type) => _type = type;

    public static void Check(FilterExpression filter, ResourceTypeDefinition type) => new SensitiveFilterGuard(type).Visit(filter);

    public override bool VisitComparison(ComparisonExpression expression) => CheckPath(expression.Path);

    public override bool VisitPresent(PresentExpression expression) => CheckPath(expression.Path);

    public override bool VisitLogical(LogicalExpression expression) => Visit(expression.Left) && Visit(expression.Right);

    public override bool VisitNot(NotExpression expression) => Visit(expression.Operand);

    public override bool VisitValuePath(ValuePathExpression expression)
    {
        CheckPath(expression.Path);
        var parent = AttributeResolver.Resolve(_type, expression.Path, out _);
        var saved = _parent;
        _parent = parent;
        try
        {
            return Visit(expression.Filter);
        }
        finally
        {
            _parent = saved;
        }
    }

    private bool CheckPath(AttributePath path)
    {
        AttributeDefinition? attribute;
        AttributeDefinition? sub = null;
        if (_parent is not null && path.SchemaUrn is null && path.SubAttribute is null)
        {
            attribute = _parent.FindSubAttribute(path.Name);
        }
        else
        {
            attribute = AttributeResolver.Resolve(_type, path, out sub);
        }

        if (attribute?.Returned == Returned.Never || sub?.Returned == Returned.Never
            || attribute?.Mutability == Mutability.WriteOnly || sub?.Mutability == Mutability.WriteOnly)
        {
            throw ScimException.InvalidFilter($"The attribute '{(sub ?? attribute)!.Name}' cannot be used in a filter.");
        }

        return true;
    }
}
