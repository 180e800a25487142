using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>
/// Reads a request body under a size limit. Accepts <c>application/scim+json</c> and <c>application/json</c> (any
/// parameters), and a body without a content type (some clients omit it); anything else is 415. Above the limit the
/// answer is 413 naming the limit, decided from <c>Content-Length</c> when the client sends one and while reading
/// otherwise, so an oversized body is never buffered.
/// </summary>
internal static class RequestBodyReader
{
    public static async Task<byte[]> ReadAsync(HttpContext http, long limit, string limitName)
    {
        var request = http.Request;
        EnsureJsonContentType(request.ContentType);
        if (request.ContentLength is { } length && length > limit)
        {
            throw TooLarge(limit, limitName);
        }

        var sizeFeature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false } && (sizeFeature.MaxRequestBodySize is null || sizeFeature.MaxRequestBodySize < limit + 1))
        {
            // Let the server read one byte past our own limit so that we, not the server, answer 413 with a SCIM error.
            sizeFeature.MaxRequestBodySize = limit + 1;
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, limit) + 1);
        var stream = request.Body;
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await stream.ReadAsync(memory, http.RequestAborted).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                throw TooLarge(limit, limitName);
            }
        }

        if (buffer.WrittenCount == 0)
        {
            throw ScimException.InvalidSyntax("The request needs a JSON body.");
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void EnsureJsonContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            throw UnsupportedMediaType();
        }

        var type = media.MediaType.Value;
        if (!string.Equals(type, "application/scim+json", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw UnsupportedMediaType();
        }

        var charset = media.Charset.Value;
        if (charset is not null && !string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase) && !string.Equals(charset, "utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw UnsupportedMediaType();
        }
    }

    private static ScimException UnsupportedMediaType() =>
        new(415, null, "The request body must be application/scim+json or application/json in UTF-8.");

    private static ScimException TooLarge(long limit, string limitName) =>
        ScimException.PayloadTooLarge($"The request body exceeds {limitName} ({limit} bytes).");
}
