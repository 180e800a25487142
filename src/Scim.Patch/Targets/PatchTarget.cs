using Scim.Filter;
using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// Where one step of a PATCH applies, resolved against the resource type: the schema and attribute, and optionally a
/// sub-attribute (<c>name.givenName</c>), a value filter (<c>emails[type eq "work"]</c>) and a sub-attribute after it.
/// </summary>
internal sealed class PatchTarget
{
    public PatchTarget(SchemaDefinition schema, bool isCore, AttributeDefinition attribute, AttributeDefinition? subAttribute, BoundElementFilter? filter, AttributeDefinition? filteredSubAttribute, string pathText)
    {
        Schema = schema;
        IsCore = isCore;
        Attribute = attribute;
        SubAttribute = subAttribute;
        ElementFilter = filter;
        Filter = filter?.Expression;
        FilteredSubAttribute = filteredSubAttribute;
        PathText = pathText;
        Key = isCore ? attribute.Name : ExtensionKey(schema, attribute, pathText);
    }

    /// <summary><c>urn:...:attribute</c>; the client's path text itself when it is exactly that (no second copy).</summary>
    private static string ExtensionKey(SchemaDefinition schema, AttributeDefinition attribute, string pathText) =>
        pathText.Length == schema.Id.Length + 1 + attribute.Name.Length
        && pathText.StartsWith(schema.Id, StringComparison.Ordinal)
        && pathText[schema.Id.Length] == ':'
        && pathText.EndsWith(attribute.Name, StringComparison.Ordinal)
            ? pathText
            : schema.Id + ":" + attribute.Name;

    /// <summary>The schema that declares the attribute (the core schema for <c>id</c>, <c>externalId</c>, <c>meta</c>).</summary>
    public SchemaDefinition Schema { get; }

    /// <summary>Whether the attribute sits at the top level of the resource (core or common attribute) rather than in an extension.</summary>
    public bool IsCore { get; }

    /// <summary>The top-level attribute.</summary>
    public AttributeDefinition Attribute { get; }

    /// <summary>The sub-attribute of a path without filter (<c>name.givenName</c>), or <see langword="null"/>.</summary>
    public AttributeDefinition? SubAttribute { get; }

    /// <summary>The value filter, or <see langword="null"/>.</summary>
    public FilterExpression? Filter { get; }

    /// <summary>The value filter bound to <see cref="Attribute"/> by the filter package, which decides which elements match.</summary>
    public BoundElementFilter? ElementFilter { get; }

    /// <summary>The sub-attribute after the value filter (<c>value</c> in <c>emails[type eq "work"].value</c>), or <see langword="null"/>.</summary>
    public AttributeDefinition? FilteredSubAttribute { get; }

    /// <summary>The path as the client wrote it (or as derived from a pathless key), for error details.</summary>
    public string PathText { get; }

    /// <summary>The attribute's name for deferral: <c>members</c>, or <c>urn:...:attribute</c> for an extension attribute.</summary>
    public string Key { get; }

    /// <summary>The name reported in <see cref="ScimChangeSet.ChangedAttributes"/>: the attribute, or the extension URN.</summary>
    public string ChangeName => IsCore ? Attribute.Name : Schema.Id;

    /// <summary>Whether the target is the whole attribute (no sub-attribute, no filter).</summary>
    public bool IsWholeAttribute => SubAttribute is null && Filter is null;

    /// <summary>The definition that types the value of an add or replace aimed at this target.</summary>
    public AttributeDefinition ValueDefinition =>
        FilteredSubAttribute ?? SubAttribute ?? (Filter is not null ? SingleElementDefinitions.Of(Attribute) : Attribute);
}
