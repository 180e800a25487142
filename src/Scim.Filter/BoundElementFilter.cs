using Scim.Filter.Binding;
using Scim.Filter.Evaluation;
using Scim.Schema;

namespace Scim.Filter;

/// <summary>
/// A value filter (the part in brackets of <c>emails[type eq "work"]</c>) bound to a multi-valued attribute by
/// <see cref="ScimFilter.BindValueFilter"/>, to test one element of that attribute at a time (PATCH paths). It has the
/// semantics of <see cref="BoundFilter"/>: strings compare per <c>caseExact</c> (normal forms of
/// <see cref="ScimStringNormalization"/> when not caseExact), a quoted boolean (<c>primary eq "True"</c>) is the
/// boolean, <c>ne</c> is the negation of <c>eq</c>.
/// </summary>
public sealed class BoundElementFilter
{
    private readonly BoundNode _root;
    private readonly bool _wrapsSimpleValues;

    internal BoundElementFilter(FilterExpression expression, AttributeDefinition attribute, BoundNode root, bool wrapsSimpleValues)
    {
        Expression = expression;
        Attribute = attribute;
        _root = root;
        _wrapsSimpleValues = wrapsSimpleValues;
    }

    /// <summary>The filter as parsed.</summary>
    public FilterExpression Expression { get; }

    /// <summary>The multi-valued attribute whose elements the filter tests.</summary>
    public AttributeDefinition Attribute { get; }

    /// <summary>Whether one element of <see cref="Attribute"/> satisfies the filter.</summary>
    /// <param name="element">A complex value, or for a multi-valued attribute of simple values one simple value
    /// (which the filter names <c>value</c>).</param>
    /// <returns>Whether it matches; an element of the wrong shape matches nothing but <c>not</c>.</returns>
    public bool Matches(ScimValue element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var scope = _wrapsSimpleValues
            ? ScimComplex.Empty.With("value", element)
            : element as ScimComplex ?? ScimComplex.Empty;
        return FilterEvaluator.Evaluate(_root, scope, null);
    }

    /// <summary>The canonical filter text.</summary>
    public override string ToString() => Expression.ToString();
}
