namespace Scim.Abstractions;

/// <summary>The <c>/Bulk</c> endpoint (RFC 7644 §3.7) and its limits, advertised in <c>/ServiceProviderConfig</c>.</summary>
public sealed class ScimBulkOptions
{
    /// <summary>Whether <c>/Bulk</c> is served (default <see langword="true"/>); when off it answers 501 and is advertised as unsupported.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most operations in one bulk request (default 1,000); more is 413 naming the limit.</summary>
    public int MaxOperations { get; set; } = 1000;

    /// <summary>The largest bulk request body in bytes (default 1 MiB); larger is 413 naming the limit.</summary>
    public long MaxPayloadSize { get; set; } = 1024 * 1024;

    internal IEnumerable<string> Validate()
    {
        if (MaxOperations < 1)
        {
            yield return $"Bulk.{nameof(MaxOperations)} must be at least 1.";
        }

        if (MaxPayloadSize < 1024)
        {
            yield return $"Bulk.{nameof(MaxPayloadSize)} must be at least 1024 bytes.";
        }
    }
}
