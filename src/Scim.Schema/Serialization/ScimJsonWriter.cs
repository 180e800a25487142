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
    private static readonly JsonEncodedText? SchemasName = JsonEncodedText.Encode("schemas");

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
        WriteResourceCore(new WriterSink(writer), resource, options ?? ScimJsonWriteOptions.Response);
    }

    private static void WriteResourceCore<TSink>(TSink sink, ScimResource resource, ScimJsonWriteOptions options)
        where TSink : struct, IJsonSink
    {
        var type = resource.ResourceType;
        var attributes = resource.Attributes;
        sink.StartObject();
        sink.PropertyName("schemas", SchemasName);
        sink.StartArray();

        // The same list as ScimResource.Schemas, written without building it.
        sink.String(type.Schema.Id, type.Schema.EncodedId);
        var extensions = type.Extensions;
        for (var i = 0; i < extensions.Count; i++)
        {
            var reference = extensions[i];
            if (reference.Required || attributes.Find(reference.Schema.Id) is ScimComplex { Count: > 0 })
            {
                sink.String(reference.Schema.Id, reference.Schema.EncodedId);
            }
        }

        sink.EndArray();
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
                    WriteName(sink, name, known);
                    WriteValueCore(sink, value, known, options);
                }

                continue;
            }

            if (name.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
            {
                var extension = type.FindExtension(name);
                if (value is ScimComplex complex && complex.Count > 0)
                {
                    sink.PropertyName(extension?.Id ?? name, extension?.EncodedId);
                    WriteComplex(sink, complex, null, extension, options);
                }

                continue;
            }

            var attribute = type.Schema.FindAttributeFast(name) ?? CommonAttributes.Find(name);
            if (attribute is not null && attribute.Returned == Returned.Never && !options.IncludeNeverReturned)
            {
                continue;
            }

            WriteName(sink, name, attribute);
            WriteValueCore(sink, value, attribute, options);
        }

        sink.EndObject();
    }

    /// <summary>Serializes a resource to UTF-8 JSON.</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="options">Write options.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] SerializeResource(ScimResource resource, ScimJsonWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var output = Utf8JsonOutput.Rent();
        WriteResourceCore(new Utf8OutputSink(output), resource, options ?? ScimJsonWriteOptions.Response);
        var bytes = output.ToArray();
        Utf8JsonOutput.Return(output);
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
        WriteValueCore(new WriterSink(writer), value, attribute, options ?? ScimJsonWriteOptions.Response);
    }

    private static void WriteValueCore<TSink>(TSink sink, ScimValue value, AttributeDefinition? attribute, ScimJsonWriteOptions options)
        where TSink : struct, IJsonSink
    {
        switch (value)
        {
            case ScimString s:
                sink.String(s.Value, null);
                break;
            case ScimComplex c:
                WriteComplex(sink, c, attribute, null, options);
                break;
            case ScimMultiValue list:
                sink.StartArray();
                for (var i = 0; i < list.Count; i++)
                {
                    WriteValueCore(sink, list[i], attribute, options);
                }

                sink.EndArray();
                break;
            case ScimBoolean b:
                sink.Boolean(b.Value);
                break;
            case ScimReference r:
                sink.String(r.Value, null);
                break;
            case ScimDateTime dt:
                Span<char> text = stackalloc char[ScimDateTime.MaxFormattedLength];
                sink.String(text[..ScimDateTime.Format(dt.Value, text)]);
                break;
            case ScimInteger i:
                sink.Integer(i.Value);
                break;
            case ScimDecimal d:
                sink.Decimal(d.Value);
                break;
            case ScimBinary bin:
                sink.String(bin.Base64, null);
                break;
            default:
                throw new InvalidOperationException($"Unknown value type {value.GetType()}.");
        }
    }

    /// <summary>Writes a complex value; its names are looked up among the sub-attributes of <paramref name="parent"/> or the attributes of <paramref name="extension"/>.</summary>
    private static void WriteComplex<TSink>(TSink sink, ScimComplex complex, AttributeDefinition? parent, SchemaDefinition? extension, ScimJsonWriteOptions options)
        where TSink : struct, IJsonSink
    {
        sink.StartObject();
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

            WriteName(sink, name, sub);
            WriteValueCore(sink, value, sub, options);
        }

        sink.EndObject();
    }

    /// <summary>Writes a property name, pre-encoded when it is spelled as the schema spells it.</summary>
    private static void WriteName<TSink>(TSink sink, string name, AttributeDefinition? attribute)
        where TSink : struct, IJsonSink
    {
        var encoded = attribute?.EncodedName is { } plain && (ReferenceEquals(name, attribute.Name) || string.Equals(name, attribute.Name, StringComparison.Ordinal))
            ? plain
            : (JsonEncodedText?)null;
        sink.PropertyName(name, encoded);
    }
}
