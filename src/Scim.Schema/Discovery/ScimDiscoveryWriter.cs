using System.Text.Json;

namespace Scim.Schema;

/// <summary>
/// Writes the discovery documents of RFC 7644 §4 from the definitions the library enforces, so they always tell
/// the truth: <c>/Schemas</c> (RFC 7643 §7, as in §8.7), <c>/ResourceTypes</c> (§6, §8.6) and
/// <c>/ServiceProviderConfig</c> (§5, §8.5, with RFC 9865 pagination). Each resource carries <c>meta</c> with its
/// <c>resourceType</c> and, given the SCIM base URL, its <c>location</c>.
/// </summary>
public static class ScimDiscoveryWriter
{
    /// <summary>Writes one schema: <c>id</c>, <c>name</c>, <c>description</c>, and each attribute with every characteristic.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="schema">The schema.</param>
    /// <param name="baseUrl">The SCIM base URL (for example <c>https://host/scim/v2</c>) for <c>meta.location</c>; no location when <see langword="null"/>.</param>
    public static void WriteSchema(Utf8JsonWriter writer, SchemaDefinition schema, string? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(schema);
        writer.WriteStartObject();
        WriteSchemas(writer, ScimSchemaIds.Schema);
        writer.WriteString("id"u8, schema.Id);
        writer.WriteString("name"u8, schema.Name);
        if (schema.Description is not null)
        {
            writer.WriteString("description"u8, schema.Description);
        }

        writer.WritePropertyName("attributes"u8);
        WriteAttributes(writer, schema.Attributes);
        WriteMeta(writer, "Schema", baseUrl, "/Schemas/" + schema.Id);
        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>/Schemas</c> ListResponse.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="schemas">The schemas (usually <see cref="ScimSchemaRegistry.Schemas"/>).</param>
    /// <param name="baseUrl">The SCIM base URL, or <see langword="null"/>.</param>
    public static void WriteSchemas(Utf8JsonWriter writer, IReadOnlyList<SchemaDefinition> schemas, string? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(schemas);
        WriteList(writer, schemas, baseUrl, WriteSchema);
    }

    /// <summary>Writes one resource type: <c>id</c>, <c>name</c>, <c>endpoint</c>, <c>description</c>, <c>schema</c> and <c>schemaExtensions</c>.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="resourceType">The resource type.</param>
    /// <param name="baseUrl">The SCIM base URL, or <see langword="null"/>.</param>
    public static void WriteResourceType(Utf8JsonWriter writer, ResourceTypeDefinition resourceType, string? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(resourceType);
        writer.WriteStartObject();
        WriteSchemas(writer, ScimSchemaIds.ResourceType);
        writer.WriteString("id"u8, resourceType.Name);
        writer.WriteString("name"u8, resourceType.Name);
        writer.WriteString("endpoint"u8, resourceType.Endpoint);
        if (resourceType.Description is not null)
        {
            writer.WriteString("description"u8, resourceType.Description);
        }

        writer.WriteString("schema"u8, resourceType.Schema.Id);
        writer.WritePropertyName("schemaExtensions"u8);
        writer.WriteStartArray();
        foreach (var extension in resourceType.Extensions)
        {
            writer.WriteStartObject();
            writer.WriteString("schema"u8, extension.Schema.Id);
            writer.WriteBoolean("required"u8, extension.Required);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteMeta(writer, "ResourceType", baseUrl, "/ResourceTypes/" + resourceType.Name);
        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>/ResourceTypes</c> ListResponse.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="resourceTypes">The resource types (usually <see cref="ScimSchemaRegistry.ResourceTypes"/>).</param>
    /// <param name="baseUrl">The SCIM base URL, or <see langword="null"/>.</param>
    public static void WriteResourceTypes(Utf8JsonWriter writer, IReadOnlyList<ResourceTypeDefinition> resourceTypes, string? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(resourceTypes);
        WriteList(writer, resourceTypes, baseUrl, WriteResourceType);
    }

    /// <summary>Writes <c>/ServiceProviderConfig</c>.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="configuration">The configuration, filled from the endpoint's real options.</param>
    /// <param name="baseUrl">The SCIM base URL, or <see langword="null"/>.</param>
    public static void WriteServiceProviderConfig(Utf8JsonWriter writer, ServiceProviderConfiguration configuration, string? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(configuration);
        writer.WriteStartObject();
        WriteSchemas(writer, ScimSchemaIds.ServiceProviderConfig);
        if (configuration.DocumentationUri is not null)
        {
            writer.WriteString("documentationUri"u8, configuration.DocumentationUri);
        }

        WriteSupported(writer, "patch"u8, configuration.PatchSupported);
        writer.WriteStartObject("bulk"u8);
        writer.WriteBoolean("supported"u8, configuration.Bulk.Supported);
        writer.WriteNumber("maxOperations"u8, configuration.Bulk.MaxOperations);
        writer.WriteNumber("maxPayloadSize"u8, configuration.Bulk.MaxPayloadSize);
        writer.WriteEndObject();
        writer.WriteStartObject("filter"u8);
        writer.WriteBoolean("supported"u8, configuration.Filter.Supported);
        writer.WriteNumber("maxResults"u8, configuration.Filter.MaxResults);
        writer.WriteEndObject();
        WriteSupported(writer, "changePassword"u8, configuration.ChangePasswordSupported);
        WriteSupported(writer, "sort"u8, configuration.SortSupported);
        WriteSupported(writer, "etag"u8, configuration.ETagSupported);
        writer.WriteStartArray("authenticationSchemes"u8);
        foreach (var scheme in configuration.AuthenticationSchemes)
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, scheme.Type);
            writer.WriteString("name"u8, scheme.Name);
            writer.WriteString("description"u8, scheme.Description);
            if (scheme.SpecUri is not null)
            {
                writer.WriteString("specUri"u8, scheme.SpecUri);
            }

            if (scheme.DocumentationUri is not null)
            {
                writer.WriteString("documentationUri"u8, scheme.DocumentationUri);
            }

            writer.WriteBoolean("primary"u8, scheme.Primary);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (configuration.Pagination is { } pagination)
        {
            WritePagination(writer, pagination);
        }

        WriteMeta(writer, "ServiceProviderConfig", baseUrl, "/ServiceProviderConfig");
        writer.WriteEndObject();
    }

    /// <summary>Serializes the <c>/Schemas</c> ListResponse of a registry.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="baseUrl">The SCIM base URL, or <see langword="null"/>.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] SerializeSchemas(ScimSchemaRegistry registry, string? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return ScimMessageWriter.Serialize(writer => WriteSchemas(writer, registry.Schemas, baseUrl));
    }

    /// <summary>Serializes one schema (<c>/Schemas/{urn}</c>).</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="baseUrl">The SCIM base URL, or <see langword="null"/>.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] SerializeSchema(SchemaDefinition schema, string? baseUrl = null) =>
        ScimMessageWriter.Serialize(writer => WriteSchema(writer, schema, baseUrl));

    /// <summary>Serializes the <c>/ResourceTypes</c> ListResponse of a registry.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="baseUrl">The SCIM base URL, or <see langword="null"/>.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] SerializeResourceTypes(ScimSchemaRegistry registry, string? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return ScimMessageWriter.Serialize(writer => WriteResourceTypes(writer, registry.ResourceTypes, baseUrl));
    }

    /// <summary>Serializes one resource type (<c>/ResourceTypes/{name}</c>).</summary>
    /// <param name="resourceType">The resource type.</param>
    /// <param name="baseUrl">The SCIM base URL, or <see langword="null"/>.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] SerializeResourceType(ResourceTypeDefinition resourceType, string? baseUrl = null) =>
        ScimMessageWriter.Serialize(writer => WriteResourceType(writer, resourceType, baseUrl));

    /// <summary>Serializes <c>/ServiceProviderConfig</c>.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="baseUrl">The SCIM base URL, or <see langword="null"/>.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] SerializeServiceProviderConfig(ServiceProviderConfiguration configuration, string? baseUrl = null) =>
        ScimMessageWriter.Serialize(writer => WriteServiceProviderConfig(writer, configuration, baseUrl));

    private static void WriteList<T>(Utf8JsonWriter writer, IReadOnlyList<T> items, string? baseUrl, Action<Utf8JsonWriter, T, string?> write)
    {
        ScimMessageWriter.WriteListStart(writer, items.Count, items.Count, 1);
        writer.WritePropertyName("Resources"u8);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            write(writer, item, baseUrl);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteAttributes(Utf8JsonWriter writer, IReadOnlyList<AttributeDefinition> attributes)
    {
        writer.WriteStartArray();
        foreach (var attribute in attributes)
        {
            writer.WriteStartObject();
            writer.WriteString("name"u8, attribute.Name);
            writer.WriteString("type"u8, CharacteristicKeywords.Of(attribute.Type));
            writer.WriteBoolean("multiValued"u8, attribute.MultiValued);
            if (attribute.Description is not null)
            {
                writer.WriteString("description"u8, attribute.Description);
            }

            writer.WriteBoolean("required"u8, attribute.Required);
            if (attribute.CanonicalValues.Count > 0)
            {
                writer.WriteStartArray("canonicalValues"u8);
                foreach (var value in attribute.CanonicalValues)
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
            }

            writer.WriteBoolean("caseExact"u8, attribute.CaseExact);
            writer.WriteString("mutability"u8, CharacteristicKeywords.Of(attribute.Mutability));
            writer.WriteString("returned"u8, CharacteristicKeywords.Of(attribute.Returned));
            writer.WriteString("uniqueness"u8, CharacteristicKeywords.Of(attribute.Uniqueness));
            if (attribute.Type == AttributeType.Reference)
            {
                writer.WriteStartArray("referenceTypes"u8);
                foreach (var referenceType in attribute.ReferenceTypes)
                {
                    writer.WriteStringValue(referenceType);
                }

                writer.WriteEndArray();
            }

            if (attribute.Type == AttributeType.Complex)
            {
                writer.WritePropertyName("subAttributes"u8);
                WriteAttributes(writer, attribute.SubAttributes);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WritePagination(Utf8JsonWriter writer, PaginationConfiguration pagination)
    {
        writer.WriteStartObject("pagination"u8);
        writer.WriteBoolean("cursor"u8, pagination.Cursor);
        writer.WriteBoolean("index"u8, pagination.Index);
        if (pagination.DefaultPaginationMethod is { } method)
        {
            writer.WriteString("defaultPaginationMethod"u8, method == PaginationMethod.Cursor ? "cursor" : "index");
        }

        if (pagination.DefaultPageSize is { } defaultPageSize)
        {
            writer.WriteNumber("defaultPageSize"u8, defaultPageSize);
        }

        if (pagination.MaxPageSize is { } maxPageSize)
        {
            writer.WriteNumber("maxPageSize"u8, maxPageSize);
        }

        if (pagination.CursorTimeout is { } timeout)
        {
            writer.WriteNumber("cursorTimeout"u8, (long)timeout.TotalSeconds);
        }

        writer.WriteEndObject();
    }

    private static void WriteSupported(Utf8JsonWriter writer, ReadOnlySpan<byte> name, bool supported)
    {
        writer.WriteStartObject(name);
        writer.WriteBoolean("supported"u8, supported);
        writer.WriteEndObject();
    }

    private static void WriteSchemas(Utf8JsonWriter writer, string schemaId)
    {
        writer.WriteStartArray("schemas"u8);
        writer.WriteStringValue(schemaId);
        writer.WriteEndArray();
    }

    private static void WriteMeta(Utf8JsonWriter writer, string resourceType, string? baseUrl, string relativeLocation)
    {
        writer.WriteStartObject("meta"u8);
        writer.WriteString("resourceType"u8, resourceType);
        if (baseUrl is not null)
        {
            writer.WriteString("location"u8, baseUrl.TrimEnd('/') + relativeLocation);
        }

        writer.WriteEndObject();
    }
}
