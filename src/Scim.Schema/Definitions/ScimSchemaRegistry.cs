namespace Scim.Schema;

/// <summary>
/// The schemas and resource types a service provider serves: the core User and Group types by default, plus any
/// custom resource types (<c>urn:acme:...:Device</c>) and schema extensions the host adds. Configure it at start-up;
/// reads are lock-free snapshots, so the discovery endpoints always describe exactly what is enforced.
/// </summary>
public sealed class ScimSchemaRegistry
{
    private readonly Lock _gate = new();
    private volatile Snapshot _snapshot = new([], []);

    /// <summary>Creates a registry with the core User (with the optional Enterprise User extension) and Group types.</summary>
    /// <returns>The registry.</returns>
    public static ScimSchemaRegistry CreateDefault()
    {
        var registry = new ScimSchemaRegistry();
        registry.AddResourceType(CoreSchemas.UserResourceType);
        registry.AddResourceType(CoreSchemas.GroupResourceType);
        return registry;
    }

    /// <summary>The resource types, in registration order.</summary>
    public IReadOnlyList<ResourceTypeDefinition> ResourceTypes => _snapshot.ResourceTypes;

    /// <summary>Every schema in use (core schemas and extensions), without duplicates, in registration order.</summary>
    public IReadOnlyList<SchemaDefinition> Schemas => _snapshot.Schemas;

    /// <summary>Adds a resource type, or replaces the one with the same name.</summary>
    /// <param name="resourceType">The resource type.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="InvalidOperationException">Another type already uses the endpoint, or a different schema already uses one of its URNs.</exception>
    public ScimSchemaRegistry AddResourceType(ResourceTypeDefinition resourceType)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        lock (_gate)
        {
            var types = _snapshot.ResourceTypes.ToList();
            var index = types.FindIndex(t => string.Equals(t.Name, resourceType.Name, StringComparison.OrdinalIgnoreCase));
            if (types.Any(t => !string.Equals(t.Name, resourceType.Name, StringComparison.OrdinalIgnoreCase)
                && string.Equals(t.Endpoint, resourceType.Endpoint, StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidOperationException($"Endpoint '{resourceType.Endpoint}' is already used by another resource type.");
            }

            if (index >= 0)
            {
                types[index] = resourceType;
            }
            else
            {
                types.Add(resourceType);
            }

            _snapshot = Build(types);
        }

        return this;
    }

    /// <summary>Adds a schema extension to a registered resource type (replacing one with the same URN).</summary>
    /// <param name="resourceTypeName">The resource type name, for example <c>User</c>.</param>
    /// <param name="extension">The extension schema.</param>
    /// <param name="required">Whether every resource of the type must carry it.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="InvalidOperationException">No resource type has that name.</exception>
    public ScimSchemaRegistry AddExtension(string resourceTypeName, SchemaDefinition extension, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(extension);
        lock (_gate)
        {
            var type = FindResourceType(resourceTypeName)
                ?? throw new InvalidOperationException($"No resource type named '{resourceTypeName}' is registered.");
            var kept = type.Extensions.Where(e => !string.Equals(e.Schema.Id, extension.Id, StringComparison.OrdinalIgnoreCase));
            AddResourceType(new ResourceTypeDefinition(type.Name, type.Endpoint, type.Schema, type.Description,
                [.. kept, new SchemaExtensionReference(extension, required)]));
        }

        return this;
    }

    /// <summary>Finds a resource type by name, case-insensitively.</summary>
    /// <param name="name">The name, for example <c>User</c>.</param>
    /// <returns>The resource type, or <see langword="null"/>.</returns>
    public ResourceTypeDefinition? FindResourceType(string name) =>
        _snapshot.ResourceTypes.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds a resource type by endpoint (<c>/Users</c> or <c>Users</c>), case-insensitively.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <returns>The resource type, or <see langword="null"/>.</returns>
    public ResourceTypeDefinition? FindResourceTypeByEndpoint(string endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var segment = endpoint.AsSpan().TrimStart('/');
        foreach (var type in _snapshot.ResourceTypes)
        {
            if (segment.Equals(type.Endpoint.AsSpan(1), StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>Finds a schema by URN, case-insensitively.</summary>
    /// <param name="urn">The schema URN.</param>
    /// <returns>The schema, or <see langword="null"/>.</returns>
    public SchemaDefinition? FindSchema(string urn) =>
        _snapshot.Schemas.FirstOrDefault(s => string.Equals(s.Id, urn, StringComparison.OrdinalIgnoreCase));

    private static Snapshot Build(List<ResourceTypeDefinition> types)
    {
        var schemas = new List<SchemaDefinition>();
        foreach (var schema in types.SelectMany(t => t.Extensions.Select(e => e.Schema).Prepend(t.Schema)))
        {
            var existing = schemas.Find(s => string.Equals(s.Id, schema.Id, StringComparison.OrdinalIgnoreCase));
            if (existing is null)
            {
                schemas.Add(schema);
            }
            else if (!ReferenceEquals(existing, schema))
            {
                throw new InvalidOperationException($"Two different schema definitions use the URN '{schema.Id}'.");
            }
        }

        return new Snapshot(types.AsReadOnly(), schemas.AsReadOnly());
    }

    private sealed record Snapshot(IReadOnlyList<ResourceTypeDefinition> ResourceTypes, IReadOnlyList<SchemaDefinition> Schemas);
}
