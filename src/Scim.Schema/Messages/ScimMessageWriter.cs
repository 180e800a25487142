using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Scim.Schema;

/// <summary>
/// Writes the protocol messages of RFC 7644 around resources: the ListResponse (§3.4.2, with RFC 9865 cursors) and
/// the Error document (§3.12).
/// </summary>
public static class ScimMessageWriter
{
    /// <summary>
    /// Writes a ListResponse: <c>schemas</c>, <c>totalResults</c>, <c>itemsPerPage</c>, <c>startIndex</c> (when
    /// set), <c>nextCursor</c>/<c>previousCursor</c> (when set), all paging numbers as JSON integers, then
    /// <c>Resources</c>, each projected. <c>Resources</c> is written even when empty, which Entra ID's test
    /// connection and Okta's import expect.
    /// </summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="response">The list response.</param>
    /// <param name="projection">The projection for the resources (resolved again, by the same names, for resources of another type); the default projection of each resource's type when <see langword="null"/>.</param>
    public static void WriteListResponse(Utf8JsonWriter writer, ScimListResponse response, ScimProjection? projection = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(response);
        WriteListStart(writer, response.TotalResults, response.ItemsPerPage ?? response.Resources.Count, response.StartIndex);
        if (response.NextCursor is not null)
        {
            writer.WriteString("nextCursor"u8, response.NextCursor);
        }

        if (response.PreviousCursor is not null)
        {
            writer.WriteString("previousCursor"u8, response.PreviousCursor);
        }

        writer.WritePropertyName("Resources"u8);
        writer.WriteStartArray();
        var current = projection;
        foreach (var resource in response.Resources)
        {
            if (current is null || !ReferenceEquals(current.ResourceType, resource.ResourceType))
            {
                // Resolve the names once per resource type, not once per resource.
                current = projection?.For(resource.ResourceType) ?? ScimProjection.Default(resource.ResourceType);
            }

            ScimJsonWriter.WriteResource(writer, current.Apply(resource), ScimJsonWriteOptions.Response);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Serializes a ListResponse to UTF-8 JSON.</summary>
    /// <param name="response">The list response.</param>
    /// <param name="projection">The projection for the resources.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] SerializeListResponse(ScimListResponse response, ScimProjection? projection = null) =>
        Serialize(writer => WriteListResponse(writer, response, projection));

    /// <summary>
    /// Writes the SCIM Error document of RFC 7644 §3.12 for an error: <c>schemas</c>, <c>status</c> as a string
    /// (<c>"400"</c>), <c>scimType</c> when the error has one, and <c>detail</c>.
    /// </summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="error">The error.</param>
    public static void WriteError(Utf8JsonWriter writer, ScimException error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(error);
        writer.WriteStartObject();
        writer.WritePropertyName("schemas"u8);
        writer.WriteStartArray();
        writer.WriteStringValue(ScimSchemaIds.Error);
        writer.WriteEndArray();
        writer.WriteString("status"u8, error.Status.ToString(CultureInfo.InvariantCulture));
        if (error.ScimType is not null)
        {
            writer.WriteString("scimType"u8, error.ScimType);
        }

        writer.WriteString("detail"u8, error.Detail);
        writer.WriteEndObject();
    }

    /// <summary>Serializes the SCIM Error document for an error to UTF-8 JSON.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] SerializeError(ScimException error) => Serialize(writer => WriteError(writer, error));

    /// <summary>Opens a ListResponse object and writes its envelope, up to (not including) <c>Resources</c>.</summary>
    internal static void WriteListStart(Utf8JsonWriter writer, long totalResults, int itemsPerPage, int? startIndex)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("schemas"u8);
        writer.WriteStartArray();
        writer.WriteStringValue(ScimSchemaIds.ListResponse);
        writer.WriteEndArray();
        writer.WriteNumber("totalResults"u8, totalResults);
        writer.WriteNumber("itemsPerPage"u8, itemsPerPage);
        if (startIndex is { } index)
        {
            writer.WriteNumber("startIndex"u8, index);
        }
    }

    /// <summary>Runs a write into a buffer with the library's writer options.</summary>
    internal static byte[] Serialize(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, ScimJsonWriter.WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
