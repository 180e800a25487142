namespace Scim.Schema;

/// <summary>
/// A query result (RFC 7644 §3.4.2 ListResponse, with RFC 9865 cursors): one page of resources and the paging
/// facts. Written by <see cref="ScimMessageWriter.WriteListResponse"/>.
/// </summary>
public sealed class ScimListResponse
{
    /// <summary>Creates a list response.</summary>
    /// <param name="resources">The resources of this page, in order.</param>
    /// <param name="totalResults">The number of results the query matched in total (across all pages).</param>
    public ScimListResponse(IReadOnlyList<ScimResource> resources, long totalResults)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentOutOfRangeException.ThrowIfNegative(totalResults);
        Resources = resources;
        TotalResults = totalResults;
    }

    /// <summary>The resources of this page.</summary>
    public IReadOnlyList<ScimResource> Resources { get; }

    /// <summary>The total number of results the query matched.</summary>
    public long TotalResults { get; }

    /// <summary>The 1-based index of the first result of this page (index paging); written when not <see langword="null"/>.</summary>
    public int? StartIndex { get; init; }

    /// <summary>The number of resources on this page; the count of <see cref="Resources"/> when <see langword="null"/>.</summary>
    public int? ItemsPerPage { get; init; }

    /// <summary>The cursor of the next page (RFC 9865), or <see langword="null"/> on the last page or with index paging.</summary>
    public string? NextCursor { get; init; }

    /// <summary>The cursor of the previous page (RFC 9865), or <see langword="null"/>.</summary>
    public string? PreviousCursor { get; init; }
}
