namespace Scim.Filter.Binding;

/// <summary><c>pr</c>: the attribute has a value that is not null, not an empty string and not an empty list or object.</summary>
internal sealed class BoundPresence(ResolvedAttribute attribute) : BoundNode
{
    /// <summary>The attribute tested.</summary>
    public ResolvedAttribute Attribute { get; } = attribute;
}
