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
        writer.WriteStartObject();
        writer.WritePropertyName("schemas"u8);
        writer.WriteStartArray();
        foreach (var schema in resource.Schemas)
        {
            writer.WriteStringValue(schema);
        }

        writer.WriteEndArray();
        foreach (var (name, value) in resource.Attributes)
        {
            if (name.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
            {
                var extension = type.FindExtension(name);
                if (value is ScimComplex complex && complex.Count > 0)
                {
                    writer.WritePropertyName(extension?.Id ?? name);
                    WriteComplex(writer, complex, extension is null ? null : extension.FindAttribute, options);
                }

                continue;
            }

            var attribute = type.Schema.FindAttribute(name) ?? CommonAttributes.Find(name);
            if (attribute is not null && attribute.Returned == Returned.Never && !options.IncludeNeverReturned)
            {
                continue;
            }

            writer.WritePropertyName(name);
            WriteValue(writer, value, attribute, options);
        }

        writer.WriteEndObject();
    }

    /// <summary>Serializes a resource to UTF-8 JSON.</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="options">Write options.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] SerializeResource(ScimResource resource, ScimJsonWriteOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteResource(writer, resource, options);
        }

        return buffer.WrittenSpan.ToArray();
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
        options ??= ScimJsonWriteOptions.Response;
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
                writer.WriteStringValue(ScimDateTime.Format(dt.Value));
                break;
            case ScimBinary bin:
                writer.WriteStringValue(bin.Base64);
                break;
            case ScimComplex c:
                WriteComplex(writer, c, attribute is null ? null : attribute.FindSubAttribute, options);
                break;
            case ScimMultiValue list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item, attribute, options);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"Unknown value type {value.GetType()}.");
        }
    }

    private static void WriteComplex(Utf8JsonWriter writer, ScimComplex complex, Func<string, AttributeDefinition?>? find, ScimJsonWriteOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in complex)
        {
            var sub = find?.Invoke(name);
            if (sub is not null && sub.Returned == Returned.Never && !options.IncludeNeverReturned)
            {
                continue;
            }

            writer.WritePropertyName(name);
            WriteValue(writer, value, sub, options);
        }

        writer.WriteEndObject();
    }
}
