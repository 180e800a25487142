using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>What an operation answers, before it is written: the same shape serves HTTP responses and <c>/Bulk</c> results.</summary>
internal sealed class ScimResult
{
    private ScimResult(int status)
    {
        Status = status;
    }

    public int Status { get; }

    /// <summary>The resource of the body, already projected and with <c>meta.location</c>.</summary>
    public ScimResource? Resource { get; private init; }

    /// <summary>A pre-serialized body (lists, discovery documents, errors).</summary>
    public ReadOnlyMemory<byte>? Body { get; private init; }

    public string? Location { get; private init; }

    public string? ETag { get; private init; }

    public ScimException? Error { get; private init; }

    public IReadOnlyDictionary<string, string>? Headers { get; private init; }

    /// <summary>A resource answer; <paramref name="etag"/> is the stored version (the projection may have removed <c>meta.version</c>).</summary>
    public static ScimResult ForResource(int status, ScimResource resource, string? etag, string? location = null) =>
        new(status) { Resource = resource, Location = location, ETag = etag };

    public static ScimResult ForBody(int status, ReadOnlyMemory<byte> body, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status) { Body = body, Headers = headers };

    public static ScimResult NoContent(string? etag = null, string? location = null) => new(204) { ETag = etag, Location = location };

    public static ScimResult NotModified(string? etag) => new(304) { ETag = etag };

    public static ScimResult ForError(ScimException error, IReadOnlyDictionary<string, string>? headers = null) =>
        new(error.Status) { Error = error, Headers = headers };
}
