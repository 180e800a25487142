using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>One page of query results.</summary>
public sealed class ScimQueryResult
{
    /// <summary>Creates a page.</summary>
    /// <param name="resources">The resources of the page.</param>
    /// <param name="totalResults">The number of resources matching the query in all pages.</param>
    /// <param name="nextCursor">Cursor paging: the cursor of the next page, or <see langword="null"/> on the last page.</param>
    /// <param name="previousCursor">Cursor paging: the cursor of the previous page, or <see langword="null"/>.</param>
    public ScimQueryResult(IReadOnlyList<ScimResource> resources, int totalResults, string? nextCursor = null, string? previousCursor = null)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentOutOfRangeException.ThrowIfNegative(totalResults);
        Resources = resources;
        TotalResults = totalResults;
        NextCursor = nextCursor;
        PreviousCursor = previousCursor;
    }

    /// <summary>The resources of the page.</summary>
    public IReadOnlyList<ScimResource> Resources { get; }

    /// <summary>The number of resources matching the query in all pages.</summary>
    public int TotalResults { get; }

    /// <summary>Cursor paging: the cursor of the next page, or <see langword="null"/> on the last page.</summary>
    public string? NextCursor { get; }

    /// <summary>Cursor paging: the cursor of the previous page, or <see langword="null"/>.</summary>
    public string? PreviousCursor { get; }
}
