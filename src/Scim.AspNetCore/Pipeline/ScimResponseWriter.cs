using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>Writes <see cref="ScimResult"/>s as HTTP responses, always as <c>application/scim+json</c>.</summary>
internal static class ScimResponseWriter
{
    public const string ContentType = "application/scim+json; charset=utf-8";

    public static async Task WriteAsync(HttpContext http, ScimResult result)
    {
        var response = http.Response;
        response.StatusCode = result.Status;
        if (result.ETag is not null)
        {
            response.Headers.ETag = result.ETag;
        }

        if (result.Location is not null)
        {
            response.Headers.Location = result.Location;
        }

        if (result.Headers is not null)
        {
            foreach (var (name, value) in result.Headers)
            {
                response.Headers[name] = value;
            }
        }

        ReadOnlyMemory<byte>? body = result.Body;
        if (result.Resource is not null)
        {
            body = ScimJsonWriter.SerializeResource(result.Resource, ScimJsonWriteOptions.Response);
        }
        else if (result.Error is not null)
        {
            body = ScimMessageWriter.SerializeError(result.Error);
        }

        if (body is null)
        {
            return;
        }

        response.ContentType = ContentType;
        response.ContentLength = body.Value.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await response.Body.WriteAsync(body.Value, http.RequestAborted).ConfigureAwait(false);
        }
    }

    public static Task WriteErrorAsync(HttpContext http, ScimException error)
    {
        if (http.Response.HasStarted)
        {
            return Task.CompletedTask;
        }

        // Keep WWW-Authenticate and Allow; drop headers that described a result that is no longer sent.
        http.Response.Headers.Remove("ETag");
        http.Response.Headers.Remove("Location");
        return WriteAsync(http, ScimResult.ForError(error));
    }

    public static byte[] Serialize(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, ScimJsonWriter.WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
