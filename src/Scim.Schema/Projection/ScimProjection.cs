namespace Scim.Schema;

/// <summary>
/// Which attributes a response carries: the <c>attributes</c> and <c>excludedAttributes</c> parameters of
/// RFC 7644 §3.4.2.5 and §3.9, applied under each attribute's <c>returned</c> characteristic (RFC 7643 §7).
/// Immutable and safe to share; create one per request.
/// </summary>
/// <remarks>
/// <para>Names are <c>attr</c>, <c>attr.sub</c>, URN-qualified <c>urn:...:attr[.sub]</c>, or a whole schema URN,
/// matched case-insensitively; lists are comma-separated. Names that match nothing in the resource type are
/// ignored, and a list whose names all match nothing counts as absent.</para>
/// <list type="bullet">
/// <item><c>returned: always</c> (<c>id</c>) is always present; <c>returned: never</c> (<c>password</c>) never is.</item>
/// <item><c>returned: default</c> is present unless <c>attributes</c> is given and does not name it, or
/// <c>excludedAttributes</c> names it.</item>
/// <item><c>returned: request</c> is present only when <c>attributes</c> names it (or its sub-attribute).</item>
/// <item>Naming a sub-attribute in <c>attributes</c> returns the parent with only that sub-attribute (and
/// sub-attributes returned always); in <c>excludedAttributes</c> it removes only that sub-attribute, from every value
/// of a multi-valued attribute.</item>
/// <item>When both lists are given, <c>attributes</c> selects and <c>excludedAttributes</c> then removes.</item>
/// </list>
/// <para><c>schemas</c> is not an attribute: the writer always writes it, derived from what remains.</para>
/// </remarks>
public sealed class ScimProjection
{
    private readonly Dictionary<(SchemaDefinition, AttributeDefinition), AttributeSelection> _included = [];
    private readonly Dictionary<(SchemaDefinition, AttributeDefinition), AttributeSelection> _excluded = [];
    private readonly HashSet<SchemaDefinition> _includedSchemas = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<SchemaDefinition> _excludedSchemas = new(ReferenceEqualityComparer.Instance);
    private readonly string[] _attributeNames;
    private readonly string[] _excludedAttributeNames;

    private ScimProjection(ResourceTypeDefinition resourceType, string[] attributeNames, string[] excludedAttributeNames)
    {
        ResourceType = resourceType;
        _attributeNames = attributeNames;
        _excludedAttributeNames = excludedAttributeNames;
        foreach (var name in attributeNames)
        {
            if (ProjectionPath.TryResolve(resourceType, name, out var path))
            {
                Note(path, _included, _includedSchemas);
                HasAttributes = true;
            }
        }

        foreach (var name in excludedAttributeNames)
        {
            if (ProjectionPath.TryResolve(resourceType, name, out var path))
            {
                Note(path, _excluded, _excludedSchemas);
            }
        }
    }

    /// <summary>The resource type the names were resolved against.</summary>
    public ResourceTypeDefinition ResourceType { get; }

    /// <summary>Whether <c>attributes</c> named at least one known attribute (so only named attributes are returned).</summary>
    public bool HasAttributes { get; }

    /// <summary>Whether the projection is the default one (nothing known named in either list).</summary>
    public bool IsDefault => !HasAttributes && _excluded.Count == 0 && _excludedSchemas.Count == 0;

    /// <summary>The default projection of a resource type: every attribute returned by default.</summary>
    /// <param name="resourceType">The resource type.</param>
    /// <returns>The projection.</returns>
    public static ScimProjection Default(ResourceTypeDefinition resourceType)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        return new ScimProjection(resourceType, [], []);
    }

    /// <summary>Creates a projection from the query parameters of a request.</summary>
    /// <param name="resourceType">The resource type.</param>
    /// <param name="attributes">The <c>attributes</c> parameter (comma-separated), or <see langword="null"/>.</param>
    /// <param name="excludedAttributes">The <c>excludedAttributes</c> parameter (comma-separated), or <see langword="null"/>.</param>
    /// <returns>The projection.</returns>
    public static ScimProjection Create(ResourceTypeDefinition resourceType, string? attributes, string? excludedAttributes)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        return new ScimProjection(resourceType, SplitList(attributes), SplitList(excludedAttributes));
    }

    /// <summary>Creates a projection from lists of names, as a SearchRequest (RFC 7644 §3.4.3) carries them.</summary>
    /// <param name="resourceType">The resource type.</param>
    /// <param name="attributes">The <c>attributes</c> names, or <see langword="null"/>.</param>
    /// <param name="excludedAttributes">The <c>excludedAttributes</c> names, or <see langword="null"/>.</param>
    /// <returns>The projection.</returns>
    public static ScimProjection Create(ResourceTypeDefinition resourceType, IEnumerable<string>? attributes, IEnumerable<string>? excludedAttributes)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        return new ScimProjection(resourceType, Clean(attributes), Clean(excludedAttributes));
    }

    /// <summary>
    /// Whether a response under this projection carries any part of an attribute, so that a store can skip loading
    /// it (for example <c>members</c> under <c>excludedAttributes=members</c>).
    /// </summary>
    /// <param name="attributePath">An attribute name, <c>attr.sub</c>, a URN-qualified name or a schema URN.</param>
    /// <returns><see langword="true"/> when the attribute (or part of it) is returned; <see langword="false"/> when it is not, or when the name is unknown.</returns>
    public bool Includes(string attributePath)
    {
        ArgumentNullException.ThrowIfNull(attributePath);
        if (!ProjectionPath.TryResolve(ResourceType, attributePath, out var path))
        {
            return false;
        }

        if (path.Attribute is null)
        {
            var common = ReferenceEquals(path.Schema, ResourceType.Schema) ? CommonAttributes.All : [];
            return path.Schema.Attributes.Concat(common).Any(a => Decide(path.Schema, a).Keep);
        }

        var decision = Decide(path.Schema, path.Attribute);
        return decision.Keep && (path.SubAttribute is null || KeepSubAttribute(path.SubAttribute, decision));
    }

    /// <summary>Returns the resource with only the attributes this projection returns.</summary>
    /// <param name="resource">The resource (of <see cref="ResourceType"/> or, by name, of any type: the same lists then apply to its type).</param>
    /// <returns>The projected resource (the same instance when nothing is removed).</returns>
    public ScimResource Apply(ScimResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (!ReferenceEquals(resource.ResourceType, ResourceType))
        {
            return For(resource.ResourceType).Apply(resource);
        }

        var type = resource.ResourceType;
        var kept = new List<KeyValuePair<string, ScimValue>>(resource.Attributes.Count);
        var changed = false;
        foreach (var entry in resource.Attributes)
        {
            var projected = ProjectTopLevel(type, entry.Key, entry.Value);
            if (projected is null)
            {
                changed = true;
                continue;
            }

            changed |= !ReferenceEquals(projected, entry.Value);
            kept.Add(new(entry.Key, projected));
        }

        return changed ? resource.WithAttributes(ScimComplex.FromOwnedArray([.. kept])) : resource;
    }

    /// <summary>The same lists resolved against another resource type (for responses that mix types).</summary>
    internal ScimProjection For(ResourceTypeDefinition resourceType) =>
        ReferenceEquals(resourceType, ResourceType) ? this : new ScimProjection(resourceType, _attributeNames, _excludedAttributeNames);

    /// <inheritdoc />
    public override string ToString() =>
        $"attributes={string.Join(',', _attributeNames)}; excludedAttributes={string.Join(',', _excludedAttributeNames)}";

    private ScimValue? ProjectTopLevel(ResourceTypeDefinition type, string name, ScimValue value)
    {
        if (name.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            var extension = type.FindExtension(name);
            if (extension is null)
            {
                return HasAttributes ? null : value;
            }

            if (value is not ScimComplex attributes)
            {
                return null;
            }

            var kept = new List<KeyValuePair<string, ScimValue>>(attributes.Count);
            var changed = false;
            foreach (var entry in attributes)
            {
                var attribute = extension.FindAttribute(entry.Key);
                var projected = attribute is null ? (HasAttributes ? null : entry.Value) : ProjectAttribute(extension, attribute, entry.Value);
                changed |= !ReferenceEquals(projected, entry.Value);
                if (projected is not null)
                {
                    kept.Add(new(entry.Key, projected));
                }
            }

            return !changed ? value : kept.Count == 0 ? null : ScimComplex.FromOwnedArray([.. kept]);
        }

        var definition = type.Schema.FindAttribute(name) ?? CommonAttributes.Find(name);
        return definition is null ? (HasAttributes ? null : value) : ProjectAttribute(type.Schema, definition, value);
    }

    private ScimValue? ProjectAttribute(SchemaDefinition schema, AttributeDefinition attribute, ScimValue value)
    {
        var decision = Decide(schema, attribute);
        if (!decision.Keep)
        {
            return null;
        }

        if (attribute.Type != AttributeType.Complex || !NeedsSubAttributeFilter(attribute, decision))
        {
            return value;
        }

        switch (value)
        {
            case ScimComplex complex:
                return FilterComplex(attribute, complex, decision);
            case ScimMultiValue list:
                var items = new List<ScimValue>(list.Count);
                foreach (var item in list)
                {
                    var projected = item is ScimComplex c ? FilterComplex(attribute, c, decision) : item;
                    if (projected is not null)
                    {
                        items.Add(projected);
                    }
                }

                return items.Count == 0 ? null : ScimMultiValue.FromOwnedArray([.. items]);
            default:
                return value;
        }
    }

    private static ScimComplex? FilterComplex(AttributeDefinition attribute, ScimComplex complex, Decision decision)
    {
        var kept = new List<KeyValuePair<string, ScimValue>>(complex.Count);
        foreach (var entry in complex)
        {
            var sub = attribute.FindSubAttribute(entry.Key);
            if (sub is null ? !decision.HasAttributesFilter : KeepSubAttribute(sub, decision))
            {
                kept.Add(entry);
            }
        }

        return kept.Count == 0 ? null : kept.Count == complex.Count ? complex : ScimComplex.FromOwnedArray([.. kept]);
    }

    private static bool NeedsSubAttributeFilter(AttributeDefinition attribute, Decision decision)
    {
        if (decision.HasAttributesFilter || decision.Excluded is { SubAttributes.Count: > 0 })
        {
            return true;
        }

        foreach (var sub in attribute.SubAttributes)
        {
            if (sub.Returned is Returned.Never or Returned.Request)
            {
                return true;
            }
        }

        return false;
    }

    private Decision Decide(SchemaDefinition schema, AttributeDefinition attribute)
    {
        switch (attribute.Returned)
        {
            case Returned.Never:
                return default;
            case Returned.Always:
                return new Decision(true, false, _included.GetValueOrDefault((schema, attribute)), null);
        }

        var included = _included.GetValueOrDefault((schema, attribute));
        var excluded = _excluded.GetValueOrDefault((schema, attribute));
        var includedWhole = _includedSchemas.Contains(schema) || included?.Whole == true;
        if (HasAttributes)
        {
            if (!includedWhole && included is not { SubAttributes.Count: > 0 })
            {
                return default;
            }
        }
        else if (attribute.Returned == Returned.Request)
        {
            return default;
        }

        if (_excludedSchemas.Contains(schema) || excluded?.Whole == true)
        {
            return default;
        }

        // Only the named sub-attributes are returned when attributes names some of them and not the parent.
        return new Decision(true, HasAttributes && !includedWhole, included, excluded);
    }

    private static bool KeepSubAttribute(AttributeDefinition sub, Decision decision)
    {
        switch (sub.Returned)
        {
            case Returned.Never:
                return false;
            case Returned.Always:
                return true;
        }

        var named = decision.Included?.Names(sub) == true;
        if ((decision.HasAttributesFilter || sub.Returned == Returned.Request) && !named)
        {
            return false;
        }

        return decision.Excluded?.Names(sub) != true;
    }

    private static void Note(ProjectionPath path, Dictionary<(SchemaDefinition, AttributeDefinition), AttributeSelection> selections, HashSet<SchemaDefinition> schemas)
    {
        if (path.Attribute is null)
        {
            schemas.Add(path.Schema);
            return;
        }

        if (!selections.TryGetValue((path.Schema, path.Attribute), out var selection))
        {
            selection = new AttributeSelection();
            selections.Add((path.Schema, path.Attribute), selection);
        }

        if (path.SubAttribute is null)
        {
            selection.Whole = true;
        }
        else
        {
            selection.SubAttributes.Add(path.SubAttribute.Name);
        }
    }

    private static string[] SplitList(string? list) =>
        string.IsNullOrWhiteSpace(list)
            ? []
            : list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string[] Clean(IEnumerable<string>? names) =>
        names is null ? [] : [.. names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim())];

    /// <summary>The verdict on one attribute.</summary>
    /// <param name="Keep">Whether the attribute is returned at all.</param>
    /// <param name="HasAttributesFilter">Whether only sub-attributes named in <c>attributes</c> (or returned always) are returned.</param>
    /// <param name="Included">What <c>attributes</c> says about it.</param>
    /// <param name="Excluded">What <c>excludedAttributes</c> says about it.</param>
    private readonly record struct Decision(bool Keep, bool HasAttributesFilter, AttributeSelection? Included, AttributeSelection? Excluded);
}
