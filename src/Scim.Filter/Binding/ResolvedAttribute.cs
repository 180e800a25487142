using Scim.Schema;

namespace Scim.Filter.Binding;

/// <summary>
/// An attribute path resolved against a resource type: which schema (core or an extension), which attribute and,
/// for complex attributes, which sub-attribute a comparison reads. Inside a value filter the path is relative to one
/// value of the filtered attribute and <see cref="Attribute"/> is a sub-attribute of it.
/// </summary>
internal sealed class ResolvedAttribute
{
    public ResolvedAttribute(string? extensionUrn, AttributeDefinition attribute, AttributeDefinition? subAttribute, bool relative, bool isSchemas)
    {
        ExtensionUrn = extensionUrn;
        Attribute = attribute;
        SubAttribute = subAttribute;
        Relative = relative;
        IsSchemas = isSchemas;
    }

    /// <summary>The extension schema URN for an extension attribute; <see langword="null"/> for core and common attributes.</summary>
    public string? ExtensionUrn { get; }

    /// <summary>The attribute read from the resource (or, when <see cref="Relative"/>, from one value of the filtered attribute).</summary>
    public AttributeDefinition Attribute { get; }

    /// <summary>The sub-attribute read from each complex value, or <see langword="null"/>.</summary>
    public AttributeDefinition? SubAttribute { get; }

    /// <summary>Whether the path is relative to one value of a value filter's attribute.</summary>
    public bool Relative { get; }

    /// <summary>Whether this is the <c>schemas</c> attribute every resource has.</summary>
    public bool IsSchemas { get; }

    /// <summary>The attribute whose type and case rules a comparison uses.</summary>
    public AttributeDefinition Target => SubAttribute ?? Attribute;

    /// <summary>The name for messages: <c>emails.value</c>.</summary>
    public string DisplayName => SubAttribute is null ? Attribute.Name : Attribute.Name + "." + SubAttribute.Name;
}
