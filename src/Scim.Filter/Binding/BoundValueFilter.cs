namespace Scim.Filter.Binding;

/// <summary><c>emails[type eq "work"]</c>: true when one value of <see cref="Attribute"/> satisfies <see cref="Filter"/>.</summary>
internal sealed class BoundValueFilter(ResolvedAttribute attribute, BoundNode filter) : BoundNode
{
    /// <summary>The complex (usually multi-valued) attribute.</summary>
    public ResolvedAttribute Attribute { get; } = attribute;

    /// <summary>The filter over one value, whose attributes are <see cref="ResolvedAttribute.Relative"/>.</summary>
    public BoundNode Filter { get; } = filter;
}
