namespace Scim.Filter.Binding;

/// <summary>A node of a filter bound to a resource type: attributes resolved, values converted to attribute types.</summary>
internal abstract class BoundNode
{
}
