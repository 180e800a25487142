using Scim.Filter;

namespace Scim.Abstractions;

/// <summary>
/// A query a store runs (RFC 7644 §3.4.2): an optional filter as an AST, sorting, and either index paging
/// (<see cref="StartIndex"/>, <see cref="Count"/>) or cursor paging (<see cref="Cursor"/>, RFC 9865).
/// </summary>
/// <remarks>
/// A store must give a stable order (the sort key, then a unique tie-breaker such as the id or insertion order) so
/// that paging through a changing collection neither skips nor repeats resources needlessly, and it must evaluate the
/// filter in its data store, never by loading the collection.
/// </remarks>
public sealed class ScimQuery
{
    /// <summary>The filter, or <see langword="null"/> for every resource of the type.</summary>
    public FilterExpression? Filter { get; init; }

    /// <summary>The attribute to sort by, or <see langword="null"/> for the store's stable default order.</summary>
    public AttributePath? SortBy { get; init; }

    /// <summary>Whether to sort in descending order.</summary>
    public bool SortDescending { get; init; }

    /// <summary>The 1-based index of the first result (index paging). Default 1.</summary>
    public int StartIndex { get; init; } = 1;

    /// <summary>The maximum number of resources to return; 0 asks only for <see cref="ScimQueryResult.TotalResults"/>. Default 100.</summary>
    public int Count { get; init; } = 100;

    /// <summary>
    /// Cursor paging (RFC 9865): <see langword="null"/> for index paging; the empty string for the first page; otherwise
    /// a cursor the store returned as <see cref="ScimQueryResult.NextCursor"/> or <see cref="ScimQueryResult.PreviousCursor"/>.
    /// A cursor must encode its position (no server-side sessions); an unusable one is 400 <c>invalidCursor</c>.
    /// </summary>
    public string? Cursor { get; init; }

    /// <summary>Which attributes the results need.</summary>
    public ScimLoadOptions Load { get; init; } = ScimLoadOptions.Full;
}
