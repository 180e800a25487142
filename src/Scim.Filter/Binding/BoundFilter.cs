using Scim.Filter.Binding;
using Scim.Filter.Evaluation;
using Scim.Schema;

namespace Scim.Filter;

/// <summary>
/// A filter bound to a resource type by <see cref="ScimFilter.Bind"/>: every attribute resolved (core, common,
/// extension, URN-qualified), every comparison type-checked and carrying the attribute's case rule. Evaluate it in
/// memory with <see cref="Matches"/> or translate it to a LINQ predicate with <see cref="FilterMapping{TEntity}"/>.
/// </summary>
public sealed class BoundFilter
{
    internal BoundFilter(FilterExpression expression, ResourceTypeDefinition resourceType, BoundNode root)
    {
        Expression = expression;
        ResourceType = resourceType;
        Root = root;
    }

    /// <summary>The filter as parsed.</summary>
    public FilterExpression Expression { get; }

    /// <summary>The resource type the filter is bound to.</summary>
    public ResourceTypeDefinition ResourceType { get; }

    internal BoundNode Root { get; }

    /// <summary>Whether <paramref name="resource"/> satisfies the filter (RFC 7644 §3.4.2.2 semantics: a multi-valued
    /// attribute matches when any value matches; <c>ne</c> is the negation of <c>eq</c>).</summary>
    /// <param name="resource">The resource to test.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(ScimResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return FilterEvaluator.Evaluate(Root, resource.Attributes, resource);
    }

    /// <summary>The canonical filter text.</summary>
    public override string ToString() => Expression.ToString();
}
