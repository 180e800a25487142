using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Scim.Schema;

/// <summary>
/// Writes SCIM resources and values as JSON (<c>application/scim+json</c>): <c>schemas</c> first (derived from the
/// content), then the attributes in document order under their schema spelling. Unless told otherwise, attributes
/// whose <c>returned</c> is <c>never</c> (such as <c>password</c>) are not written, whatever the resource holds.
/// </summary>
public static class ScimJsonWriter
{
    /// <summary>The writer options the library uses: compact, and escaping only what JSON requires.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    /// <summary>Writes a resource.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="resource">The resource.</param>
    /// <param name="options">Write options; <see cref="ScimJsonWriteOptions.Response"/> when <see langword="null"/>.</param>
    public static void WriteResource(Utf8JsonWriter writer, ScimResource resource, ScimJsonWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(resource);
        options ??= ScimJsonWriteOptions.Response;
        var type = resource.ResourceType;
        var attributes = resource.Attributes;
        writer.WriteStartObject();
        writer.WritePropertyName("schemas"u8);
        writer.WriteStartArray();

        // The same list as ScimResource.Schemas, written without building it.
        WriteSchemaId(writer, type.Schema);
        var extensions = type.Extensions;
        for (var i = 0; i < extensions.Count; i++)
        {
            var reference = extensions[i];
            if (reference.Required || attributes.Find(reference.Schema.Id) is ScimComplex { Count: > 0 })
            {
                WriteSchemaId(writer, reference.Schema);
            }
        }

        writer.WriteEndArray();
        var names = type.Schema.TopLevelIndex;
        var hint = 0;
        foreach (var (name, value) in attributes.Entries)
        {
            // Keys this library read or built are the schema's own name strings, in declaration order: found at once.
            var index = names.IndexOfSame(name, ref hint);
            if (index >= 0)
            {
                var known = names[index];
                if (known.Returned != Returned.Never || options.IncludeNeverReturned)
                {
                    WriteName(writer, name, known);
                    WriteValueCore(writer, value, known, options);
                }

                continue;
            }

            if (name.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
            {
                var extension = type.FindExtension(name);
                if (value is ScimComplex complex && complex.Count > 0)
                {
                    if (extension?.EncodedId is { } encodedId)
                    {
                        writer.WritePropertyName(encodedId);
                    }
                    else
                    {
                        writer.WritePropertyName(extension?.Id ?? name);
                    }

                    WriteComplex(writer, complex, null, extension, options);
                }

                continue;
            }

            var attribute = type.Schema.FindAttributeFast(name) ?? CommonAttributes.Find(name);
            if (attribute is not null && attribute.Returned == Returned.Never && !options.IncludeNeverReturned)
            {
                continue;
            }

            WriteName(writer, name, attribute);
            WriteValueCore(writer, value, attribute, options);
        }

        writer.WriteEndObject();
    }

    /// <summary>Serializes a resource to UTF-8 JSON.</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="options">Write options.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] SerializeResource(ScimResource resource, ScimJsonWriteOptions? options = null)
    {
        var output = PooledJsonOutput.Rent();
        WriteResource(output.Writer, resource, options);
        var bytes = output.ToArray();
        PooledJsonOutput.Return(output);
        return bytes;
    }

    /// <summary>Serializes a resource to a JSON string.</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="options">Write options.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeResourceToString(ScimResource resource, ScimJsonWriteOptions? options = null) =>
        System.Text.Encoding.UTF8.GetString(SerializeResource(resource, options));

    /// <summary>Writes a value. When <paramref name="attribute"/> is given, sub-attributes with <c>returned: never</c> are left out.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="attribute">The attribute the value belongs to, if known.</param>
    /// <param name="options">Write options.</param>
    public static void WriteValue(Utf8JsonWriter writer, ScimValue value, AttributeDefinition? attribute = null, ScimJsonWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteValueCore(writer, value, attribute, options ?? ScimJsonWriteOptions.Response);
    }

    private static void WriteValueCore(Utf8JsonWriter writer, ScimValue value, AttributeDefinition? attribute, ScimJsonWriteOptions options)
    {
        switch (value)
        {
            case ScimString s:
                writer.WriteStringValue(s.Value);
                break;
            case ScimReference r:
                writer.WriteStringValue(r.Value);
                break;
            case ScimBoolean b:
                writer.WriteBooleanValue(b.Value);
                break;
            case ScimInteger i:
                writer.WriteNumberValue(i.Value);
                break;
            case ScimDecimal d:
                writer.WriteNumberValue(d.Value);
                break;
            case ScimDateTime dt:
                Span<char> text = stackalloc char[ScimDateTime.MaxFormattedLength];
                writer.WriteStringValue(text[..ScimDateTime.Format(dt.Value, text)]);
                break;
            case ScimBinary bin:
                writer.WriteStringValue(bin.Base64);
                break;
            case ScimComplex c:
                WriteComplex(writer, c, attribute, null, options);
                break;
            case ScimMultiValue list:
                writer.WriteStartArray();
                for (var i = 0; i < list.Count; i++)
                {
                    WriteValueCore(writer, list[i], attribute, options);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"Unknown value type {value.GetType()}.");
        }
    }

    /// <summary>Writes a complex value; its names are looked up among the sub-attributes of <paramref name="parent"/> or the attributes of <paramref name="extension"/>.</summary>
    private static void WriteComplex(Utf8JsonWriter writer, ScimComplex complex, AttributeDefinition? parent, SchemaDefinition? extension, ScimJsonWriteOptions options)
    {
        writer.WriteStartObject();
        var names = parent is not null ? parent.SubAttributeIndex : extension?.AttributeIndex ?? AttributeNameIndex.Empty;
        var hint = 0;
        foreach (var (name, value) in complex.Entries)
        {
            var index = names.IndexOfSame(name, ref hint);
            var sub = index >= 0 ? names[index] : parent is not null ? parent.FindSubAttributeFast(name) : extension?.FindAttributeFast(name);
            if (sub is not null && sub.Returned == Returned.Never && !options.IncludeNeverReturned)
            {
                continue;
            }

            WriteName(writer, name, sub);
            WriteValueCore(writer, value, sub, options);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a property name, pre-encoded when it is spelled as the schema spells it.</summary>
    private static void WriteName(Utf8JsonWriter writer, string name, AttributeDefinition? attribute)
    {
        if (attribute?.EncodedName is { } encoded && (ReferenceEquals(name, attribute.Name) || string.Equals(name, attribute.Name, StringComparison.Ordinal)))
        {
            writer.WritePropertyName(encoded);
        }
        else
        {
            writer.WritePropertyName(name);
        }
    }

    private static void WriteSchemaId(Utf8JsonWriter writer, SchemaDefinition schema)
    {
        if (schema.EncodedId is { } encoded)
        {
            writer.WriteStringValue(encoded);
        }
        else
        {
            writer.WriteStringValue(schema.Id);
        }
    }
}
