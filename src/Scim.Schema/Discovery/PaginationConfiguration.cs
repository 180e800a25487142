namespace Scim.Schema;

/// <summary>The <c>pagination</c> settings of the service provider configuration (RFC 9865 §4).</summary>
public sealed record PaginationConfiguration
{
    /// <summary>Whether cursor paging is supported.</summary>
    public bool Cursor { get; init; }

    /// <summary>Whether index paging is supported.</summary>
    public bool Index { get; init; }

    /// <summary>The method used when a request names neither; not written when <see langword="null"/>.</summary>
    public PaginationMethod? DefaultPaginationMethod { get; init; }

    /// <summary>The page size used when a request gives no <c>count</c>; not written when <see langword="null"/>.</summary>
    public int? DefaultPageSize { get; init; }

    /// <summary>The largest page size served; not written when <see langword="null"/>.</summary>
    public int? MaxPageSize { get; init; }

    /// <summary>How long a cursor stays valid (written in whole seconds); not written when <see langword="null"/>.</summary>
    public TimeSpan? CursorTimeout { get; init; }
}
