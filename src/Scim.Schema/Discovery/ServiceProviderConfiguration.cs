namespace Scim.Schema;

/// <summary>
/// What the service provider supports (RFC 7643 §5, with RFC 9865 pagination), written as
/// <c>/ServiceProviderConfig</c> by <see cref="ScimDiscoveryWriter.WriteServiceProviderConfig"/>. The endpoint layer
/// fills it from its real options, so the document never claims more than is enforced. Everything defaults to
/// "not supported".
/// </summary>
public sealed record ServiceProviderConfiguration
{
    /// <summary>The URL of the service provider's human-readable help, or <see langword="null"/>.</summary>
    public string? DocumentationUri { get; init; }

    /// <summary>Whether PATCH is supported.</summary>
    public bool PatchSupported { get; init; }

    /// <summary>The bulk settings.</summary>
    public BulkConfiguration Bulk { get; init; } = BulkConfiguration.Unsupported;

    /// <summary>The filter settings.</summary>
    public FilterConfiguration Filter { get; init; } = FilterConfiguration.Unsupported;

    /// <summary>Whether changing a password is supported.</summary>
    public bool ChangePasswordSupported { get; init; }

    /// <summary>Whether sorting is supported.</summary>
    public bool SortSupported { get; init; }

    /// <summary>Whether ETags (<c>meta.version</c>, If-Match, If-None-Match) are supported.</summary>
    public bool ETagSupported { get; init; }

    /// <summary>The authentication schemes.</summary>
    public IReadOnlyList<AuthenticationScheme> AuthenticationSchemes { get; init; } = [];

    /// <summary>The RFC 9865 pagination settings; not written when <see langword="null"/>.</summary>
    public PaginationConfiguration? Pagination { get; init; }
}
