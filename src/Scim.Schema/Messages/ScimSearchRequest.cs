namespace Scim.Schema;

/// <summary>
/// A query sent as <c>POST .../.search</c> (RFC 7644 §3.4.3, with the RFC 9865 <c>cursor</c>). Read it with
/// <see cref="ScimJsonReader.ReadSearchRequest(ReadOnlySpan{byte}, int)"/>. The filter and sortBy texts are kept as
/// sent for the filter package to parse.
/// </summary>
public sealed class ScimSearchRequest
{
    /// <summary>The <c>attributes</c> names (empty when absent).</summary>
    public IReadOnlyList<string> Attributes { get; init; } = [];

    /// <summary>The <c>excludedAttributes</c> names (empty when absent).</summary>
    public IReadOnlyList<string> ExcludedAttributes { get; init; } = [];

    /// <summary>The <c>filter</c> text, or <see langword="null"/>.</summary>
    public string? Filter { get; init; }

    /// <summary>The <c>sortBy</c> attribute path, or <see langword="null"/>.</summary>
    public string? SortBy { get; init; }

    /// <summary>The <c>sortOrder</c>, or <see langword="null"/> when not given.</summary>
    public ScimSortOrder? SortOrder { get; init; }

    /// <summary>The 1-based <c>startIndex</c> (a value below 1 is read as 1, RFC 7644 §3.4.2.4), or <see langword="null"/>.</summary>
    public int? StartIndex { get; init; }

    /// <summary>The <c>count</c> (a negative value is read as 0, RFC 7644 §3.4.2.4), or <see langword="null"/>.</summary>
    public int? Count { get; init; }

    /// <summary>The RFC 9865 <c>cursor</c> (empty string: the first page with cursor paging), or <see langword="null"/>.</summary>
    public string? Cursor { get; init; }

    /// <summary>The projection the request asks for, resolved against a resource type.</summary>
    /// <param name="resourceType">The resource type.</param>
    /// <returns>The projection.</returns>
    public ScimProjection ToProjection(ResourceTypeDefinition resourceType) =>
        ScimProjection.Create(resourceType, Attributes, ExcludedAttributes);
}
