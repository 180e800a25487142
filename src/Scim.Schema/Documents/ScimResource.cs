namespace Scim.Schema;

/// <summary>
/// A SCIM resource: its resource type and its attributes. Core and common attributes (<c>id</c>,
/// <c>externalId</c>, <c>meta</c>) sit at the top level of <see cref="Attributes"/>; each extension's attributes sit
/// in a nested <see cref="ScimComplex"/> under the extension URN. Immutable and cheap to copy.
/// </summary>
public sealed class ScimResource : IEquatable<ScimResource>
{
    /// <summary>Creates a resource.</summary>
    /// <param name="resourceType">The resource type.</param>
    /// <param name="attributes">The attributes.</param>
    public ScimResource(ResourceTypeDefinition resourceType, ScimComplex attributes)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        ArgumentNullException.ThrowIfNull(attributes);
        ResourceType = resourceType;
        Attributes = attributes;
    }

    /// <summary>The resource type.</summary>
    public ResourceTypeDefinition ResourceType { get; }

    /// <summary>All attributes (core, common, and extensions under their URN).</summary>
    public ScimComplex Attributes { get; }

    /// <summary>
    /// The <c>schemas</c> of the resource: the core schema, then every extension the resource has attributes in or
    /// that its type requires. Derived, so it always tells the truth.
    /// </summary>
    public IReadOnlyList<string> Schemas
    {
        get
        {
            var schemas = new List<string>(1 + ResourceType.Extensions.Count) { ResourceType.Schema.Id };
            foreach (var extension in ResourceType.Extensions)
            {
                if (extension.Required || Attributes.Find(extension.Schema.Id) is ScimComplex { Count: > 0 })
                {
                    schemas.Add(extension.Schema.Id);
                }
            }

            return schemas;
        }
    }

    /// <summary>The <c>id</c>, or <see langword="null"/> when not assigned yet.</summary>
    public string? Id => (Attributes.Find("id") as ScimString)?.Value;

    /// <summary>The <c>externalId</c>, or <see langword="null"/>.</summary>
    public string? ExternalId => (Attributes.Find("externalId") as ScimString)?.Value;

    /// <summary>The <c>meta</c> complex value, or <see langword="null"/>.</summary>
    public ScimComplex? Meta => Attributes.Find("meta") as ScimComplex;

    /// <summary>The <c>meta.version</c> (an ETag such as <c>W/"3"</c>), or <see langword="null"/>.</summary>
    public string? Version => (Meta?.Find("version") as ScimString)?.Value;

    /// <summary>The top-level attribute with the name, or <see langword="null"/>.</summary>
    /// <param name="name">The attribute name or extension URN.</param>
    public ScimValue? this[string name] => Attributes.Find(name);

    /// <summary>The attributes of an extension, or <see langword="null"/> when the resource has none.</summary>
    /// <param name="urn">The extension URN.</param>
    /// <returns>The extension's attributes.</returns>
    public ScimComplex? GetExtension(string urn) => Attributes.Find(urn) as ScimComplex;

    /// <summary>The value of an attribute of the given schema (core or extension), or <see langword="null"/>.</summary>
    /// <param name="schema">The schema that declares the attribute.</param>
    /// <param name="attributeName">The attribute name.</param>
    /// <returns>The value.</returns>
    public ScimValue? GetValue(SchemaDefinition schema, string attributeName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return ReferenceEquals(schema, ResourceType.Schema) || string.Equals(schema.Id, ResourceType.Schema.Id, StringComparison.OrdinalIgnoreCase)
            ? Attributes.Find(attributeName)
            : GetExtension(schema.Id)?.Find(attributeName);
    }

    /// <summary>Returns a copy with other attributes.</summary>
    /// <param name="attributes">The attributes.</param>
    /// <returns>The new resource.</returns>
    public ScimResource WithAttributes(ScimComplex attributes) =>
        ReferenceEquals(attributes, Attributes) ? this : new ScimResource(ResourceType, attributes);

    /// <summary>Returns a copy with a top-level attribute set, or removed when <paramref name="value"/> is <see langword="null"/>.</summary>
    /// <param name="name">The attribute name or extension URN.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new resource.</returns>
    public ScimResource With(string name, ScimValue? value) => WithAttributes(Attributes.With(name, value));

    /// <summary>Returns a copy with an attribute of the given schema (core or extension) set or removed.</summary>
    /// <param name="schema">The schema that declares the attribute.</param>
    /// <param name="attributeName">The attribute name.</param>
    /// <param name="value">The value, or <see langword="null"/> to remove.</param>
    /// <returns>The new resource.</returns>
    public ScimResource WithValue(SchemaDefinition schema, string attributeName, ScimValue? value)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (string.Equals(schema.Id, ResourceType.Schema.Id, StringComparison.OrdinalIgnoreCase))
        {
            return With(attributeName, value);
        }

        var extension = (GetExtension(schema.Id) ?? ScimComplex.Empty).With(attributeName, value);
        return With(schema.Id, extension.Count == 0 ? null : extension);
    }

    /// <inheritdoc />
    public bool Equals(ScimResource? other) =>
        other is not null && ReferenceEquals(other.ResourceType.Schema, ResourceType.Schema) && Attributes.Equals(other.Attributes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ScimResource other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Attributes.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"{ResourceType.Name} {Id ?? "(new)"}";
}
