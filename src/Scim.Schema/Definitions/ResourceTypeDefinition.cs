using System.Collections.ObjectModel;

namespace Scim.Schema;

/// <summary>
/// A resource type (RFC 7643 §6): its name, endpoint, core schema and schema extensions. Immutable; use
/// <see cref="WithExtension"/> to derive a type with one more extension.
/// </summary>
public sealed class ResourceTypeDefinition
{
    /// <summary>Creates a resource type.</summary>
    /// <param name="name">The resource type name, for example <c>User</c>; also its <c>id</c>.</param>
    /// <param name="endpoint">The endpoint relative to the base URL, for example <c>/Users</c>.</param>
    /// <param name="schema">The core schema.</param>
    /// <param name="description">A human-readable description.</param>
    /// <param name="extensions">The schema extensions.</param>
    public ResourceTypeDefinition(string name, string endpoint, SchemaDefinition schema, string? description = null, IEnumerable<SchemaExtensionReference>? extensions = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(endpoint);
        ArgumentNullException.ThrowIfNull(schema);
        if (endpoint[0] != '/' || endpoint.Length < 2 || endpoint.IndexOf('/', 1) >= 0)
        {
            throw new ArgumentException("The endpoint must be one path segment starting with '/', such as '/Users'.", nameof(endpoint));
        }

        Name = name;
        Endpoint = endpoint;
        Schema = schema;
        Description = description;
        var list = (extensions ?? []).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i].Schema.Id, schema.Id, StringComparison.OrdinalIgnoreCase)
                || list.Take(i).Any(e => string.Equals(e.Schema.Id, list[i].Schema.Id, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"Schema '{list[i].Schema.Id}' is declared twice on resource type '{name}'.", nameof(extensions));
            }
        }

        Extensions = new ReadOnlyCollection<SchemaExtensionReference>(list);
        UniqueAttributes = new ReadOnlyCollection<UniqueAttribute>(
        [
            .. schema.Attributes.Where(a => a.Uniqueness != Uniqueness.None).Select(a => new UniqueAttribute(schema, a)),
            .. list.SelectMany(e => e.Schema.Attributes.Where(a => a.Uniqueness != Uniqueness.None)
                .Select(a => new UniqueAttribute(e.Schema, a) { IsExtension = true })),
        ]);
    }

    /// <summary>The resource type name (also its id), for example <c>User</c>.</summary>
    public string Name { get; }

    /// <summary>The endpoint relative to the base URL, for example <c>/Users</c>.</summary>
    public string Endpoint { get; }

    /// <summary>The core schema.</summary>
    public SchemaDefinition Schema { get; }

    /// <summary>A human-readable description.</summary>
    public string? Description { get; }

    /// <summary>The schema extensions.</summary>
    public IReadOnlyList<SchemaExtensionReference> Extensions { get; }

    /// <summary>
    /// The attributes of the core schema and the extensions whose values must be unique (<c>userName</c> for
    /// User), for stores to enforce. The common attribute <c>id</c> is not listed: the service provider assigns it.
    /// </summary>
    public IReadOnlyList<UniqueAttribute> UniqueAttributes { get; }

    /// <summary>Finds the core schema or an extension schema by URN, case-insensitively.</summary>
    /// <param name="urn">The schema URN.</param>
    /// <returns>The schema, or <see langword="null"/> when the type has none by that URN.</returns>
    public SchemaDefinition? FindSchema(string urn)
    {
        if (string.Equals(Schema.Id, urn, StringComparison.OrdinalIgnoreCase))
        {
            return Schema;
        }

        for (var i = 0; i < Extensions.Count; i++)
        {
            var extension = Extensions[i];
            if (string.Equals(extension.Schema.Id, urn, StringComparison.OrdinalIgnoreCase))
            {
                return extension.Schema;
            }
        }

        return null;
    }

    /// <summary>Finds an extension schema by URN, case-insensitively.</summary>
    /// <param name="urn">The extension URN.</param>
    /// <returns>The extension schema, or <see langword="null"/>.</returns>
    public SchemaDefinition? FindExtension(ReadOnlySpan<char> urn)
    {
        for (var i = 0; i < Extensions.Count; i++)
        {
            var extension = Extensions[i];
            if (urn.Equals(extension.Schema.Id, StringComparison.OrdinalIgnoreCase))
            {
                return extension.Schema;
            }
        }

        return null;
    }

    /// <summary>Returns a copy of this resource type with one more extension.</summary>
    /// <param name="extension">The extension schema.</param>
    /// <param name="required">Whether every resource must carry it.</param>
    /// <returns>The new resource type.</returns>
    public ResourceTypeDefinition WithExtension(SchemaDefinition extension, bool required = false) =>
        new(Name, Endpoint, Schema, Description, [.. Extensions, new SchemaExtensionReference(extension, required)]);

    /// <inheritdoc />
    public override string ToString() => Name;
}
