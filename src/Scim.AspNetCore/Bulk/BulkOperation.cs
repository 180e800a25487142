using System.Text.Json.Nodes;

namespace Scim.AspNetCore;

/// <summary>One operation of a BulkRequest (RFC 7644 §3.7) as read, before bulkId references are resolved.</summary>
internal sealed class BulkOperation
{
    public required int Index { get; init; }

    public required string Method { get; init; }

    public required string Path { get; init; }

    public string? BulkId { get; init; }

    public string? Version { get; init; }

    public JsonNode? Data { get; init; }

    /// <summary>The bulkIds this operation refers to (<c>bulkId:x</c> in its path or in any string of its data).</summary>
    public required IReadOnlySet<string> References { get; init; }
}
