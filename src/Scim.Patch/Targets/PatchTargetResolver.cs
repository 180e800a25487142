using Scim.Filter;
using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// Resolves parsed paths against a resource type: core attributes, the common attributes (<c>id</c>,
/// <c>externalId</c>, <c>meta</c>), URN-qualified extension attributes and, with client compatibility, bare names of
/// extension attributes the core schema does not define (<c>manager</c>, <c>department</c>).
/// </summary>
internal sealed class PatchTargetResolver(ResourceTypeDefinition resourceType, bool clientCompatibility)
{
    public ResourceTypeDefinition ResourceType { get; } = resourceType;

    /// <summary>Whether bare names of extension attributes resolve (client compatibility).</summary>
    public bool ClientCompatibility { get; } = clientCompatibility;

    /// <summary>
    /// Resolves a path, reusing the target <paramref name="cached"/> resolved to under this resolver's resource type
    /// and compatibility setting, and remembering a new one; <see langword="null"/> as for <see cref="Resolve(ScimPath, string, int)"/>.
    /// </summary>
    /// <exception cref="ScimException">400 <c>invalidPath</c> when the path does not fit the attribute's shape.</exception>
    public PatchTarget? Resolve(CachedPath? cached, ScimPath path, string pathText, int operationIndex)
    {
        if (cached is null)
        {
            return Resolve(path, pathText, operationIndex);
        }

        var target = cached.FindTarget(this);
        if (target is null)
        {
            target = Resolve(path, pathText, operationIndex);
            if (target is not null)
            {
                cached.Remember(this, target);
            }
        }

        return target;
    }

    /// <summary>The schema (core or extension) whose URN is exactly <paramref name="text"/>, or <see langword="null"/>.</summary>
    public SchemaDefinition? FindWholeSchema(string text) =>
        text.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) ? ResourceType.FindSchema(text) : null;

    /// <summary>Resolves a path; <see langword="null"/> when it names an attribute the resource type does not define.</summary>
    /// <exception cref="ScimException">400 <c>invalidPath</c> when the path does not fit the attribute's shape.</exception>
    public PatchTarget? Resolve(ScimPath path, string pathText, int operationIndex)
    {
        var (schema, isCore, attribute) = FindAttribute(path.Attribute.SchemaUrn, path.Attribute.Name);
        if (attribute is null || schema is null)
        {
            return null;
        }

        AttributeDefinition? subAttribute = null;
        if (path.Attribute.SubAttribute is { } subName)
        {
            if (attribute.Type != AttributeType.Complex)
            {
                throw ScimException.InvalidPath($"Operation {operationIndex}: '{attribute.Name}' has no sub-attributes.");
            }

            subAttribute = attribute.FindSubAttribute(subName);
            if (subAttribute is null)
            {
                return null;
            }
        }

        AttributeDefinition? filteredSub = null;
        BoundElementFilter? elementFilter = null;
        if (path.ValueFilter is { } filter)
        {
            if (!attribute.MultiValued || subAttribute is not null)
            {
                throw ScimException.InvalidPath($"Operation {operationIndex}: a value filter applies only to a multi-valued attribute ('{SafeText.Excerpt(pathText)}').");
            }

            if (!FilterNamesKnownSubAttributes(attribute, filter))
            {
                return null;
            }

            // 400 invalidFilter for a comparison the sub-attribute's type does not support (RFC 7644 Table 9).
            elementFilter = ScimFilter.BindValueFilter(filter, attribute, ResourceType);

            if (path.SubAttribute is { } afterFilter)
            {
                if (attribute.Type != AttributeType.Complex)
                {
                    throw ScimException.InvalidPath($"Operation {operationIndex}: '{attribute.Name}' has no sub-attributes.");
                }

                filteredSub = attribute.FindSubAttribute(afterFilter);
                if (filteredSub is null)
                {
                    return null;
                }
            }
        }

        return new PatchTarget(schema, isCore, attribute, subAttribute, elementFilter, filteredSub, pathText);
    }

    /// <summary>Resolves an attribute of a known schema by name (a key inside an extension object of a pathless value).</summary>
    public PatchTarget? ResolveInSchema(SchemaDefinition schema, string attributeName, int operationIndex)
    {
        var isCore = ReferenceEquals(schema, ResourceType.Schema);
        var attribute = schema.FindAttribute(attributeName) ?? (isCore ? CommonAttributes.Find(attributeName) : null);
        if (attribute is null)
        {
            // A dotted name inside an extension object ("manager.value") is a path within that schema.
            var dot = attributeName.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0 && schema.FindAttribute(attributeName.AsSpan(0, dot)) is { Type: AttributeType.Complex } parent
                && parent.FindSubAttribute(attributeName.AsSpan(dot + 1)) is { } sub)
            {
                return new PatchTarget(schema, isCore, parent, sub, null, null, schema.Id + ":" + attributeName);
            }

            _ = operationIndex;
            return null;
        }

        return new PatchTarget(schema, isCore, attribute, null, null, null, isCore ? attribute.Name : schema.Id + ":" + attribute.Name);
    }

    private (SchemaDefinition? Schema, bool IsCore, AttributeDefinition? Attribute) FindAttribute(string? urn, string name)
    {
        var core = ResourceType.Schema;
        if (urn is not null)
        {
            var schema = ResourceType.FindSchema(urn);
            if (schema is null)
            {
                return (null, false, null);
            }

            var isCore = ReferenceEquals(schema, core);
            var found = schema.FindAttribute(name) ?? (isCore ? CommonAttributes.Find(name) : null);
            return (schema, isCore, found);
        }

        var attribute = core.FindAttribute(name) ?? CommonAttributes.Find(name);
        if (attribute is not null)
        {
            return (core, true, attribute);
        }

        if (ClientCompatibility)
        {
            // INTEROP.md item 5/9: Entra's SDK sends a bare "manager"; resolve to the extension that defines it.
            foreach (var extension in ResourceType.Extensions)
            {
                var inExtension = extension.Schema.FindAttribute(name);
                if (inExtension is not null)
                {
                    return (extension.Schema, false, inExtension);
                }
            }
        }

        return (null, false, null);
    }

    /// <summary>Whether every attribute the value filter compares is a sub-attribute of <paramref name="attribute"/> (or <c>value</c> of a simple multi-valued attribute).</summary>
    private static bool FilterNamesKnownSubAttributes(AttributeDefinition attribute, FilterExpression filter) => filter switch
    {
        ComparisonExpression comparison => IsKnown(attribute, comparison.Path),
        PresentExpression present => IsKnown(attribute, present.Path),
        LogicalExpression logical => FilterNamesKnownSubAttributes(attribute, logical.Left) && FilterNamesKnownSubAttributes(attribute, logical.Right),
        NotExpression not => FilterNamesKnownSubAttributes(attribute, not.Operand),
        _ => false,
    };

    private static bool IsKnown(AttributeDefinition attribute, AttributePath path)
    {
        if (path.SubAttribute is not null)
        {
            return false;
        }

        return attribute.Type == AttributeType.Complex
            ? attribute.FindSubAttribute(path.Name) is not null
            : string.Equals(path.Name, "value", StringComparison.OrdinalIgnoreCase);
    }
}
