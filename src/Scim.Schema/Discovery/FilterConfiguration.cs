namespace Scim.Schema;

/// <summary>The <c>filter</c> settings of the service provider configuration (RFC 7643 §5).</summary>
public sealed record FilterConfiguration
{
    /// <summary>Filtering not supported.</summary>
    public static FilterConfiguration Unsupported { get; } = new();

    /// <summary>Whether filtering is supported.</summary>
    public bool Supported { get; init; }

    /// <summary>The maximum number of resources returned in one response.</summary>
    public int MaxResults { get; init; }
}
