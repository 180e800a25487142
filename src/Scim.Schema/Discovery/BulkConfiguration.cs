namespace Scim.Schema;

/// <summary>The <c>bulk</c> settings of the service provider configuration (RFC 7643 §5).</summary>
public sealed record BulkConfiguration
{
    /// <summary>Bulk not supported.</summary>
    public static BulkConfiguration Unsupported { get; } = new();

    /// <summary>Whether <c>/Bulk</c> is supported.</summary>
    public bool Supported { get; init; }

    /// <summary>The maximum number of operations in one request.</summary>
    public int MaxOperations { get; init; }

    /// <summary>The maximum request size in bytes.</summary>
    public int MaxPayloadSize { get; init; }
}
