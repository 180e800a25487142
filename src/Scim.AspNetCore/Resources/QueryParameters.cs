using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>
/// The query parameters of RFC 7644 §3.4.2 (and RFC 9865 <c>cursor</c>), from a query string or a SearchRequest body.
/// Unknown parameters (Entra ID's <c>aadOptscim062020</c>) are ignored.
/// </summary>
internal sealed class QueryParameters
{
    public string? Filter { get; init; }

    public string? SortBy { get; init; }

    public ScimSortOrder? SortOrder { get; init; }

    /// <summary>The requested start index, or <see langword="null"/> when absent (values below 1 are already raised to 1).</summary>
    public int? StartIndex { get; init; }

    /// <summary>The requested count, or <see langword="null"/> when absent (negative values are already raised to 0).</summary>
    public int? Count { get; init; }

    public string? Cursor { get; init; }

    public IReadOnlyList<string> Attributes { get; init; } = [];

    public IReadOnlyList<string> ExcludedAttributes { get; init; } = [];

    /// <summary>Reads the parameters of a query string; ASP.NET Core already decoded <c>+</c> and percent escapes.</summary>
    public static QueryParameters FromQuery(IQueryCollection query) => new()
    {
        Filter = NullIfBlank(Single(query, "filter")),
        SortBy = NullIfBlank(Single(query, "sortBy")),
        SortOrder = ParseSortOrder(Single(query, "sortOrder")),
        StartIndex = ParseStartIndex(Single(query, "startIndex")),
        Count = ParseCount(Single(query, "count")),
        Cursor = Single(query, "cursor"),
        Attributes = SplitList(Single(query, "attributes")),
        ExcludedAttributes = SplitList(Single(query, "excludedAttributes")),
    };

    /// <summary>Reads the parameters of a <c>/.search</c> body.</summary>
    public static QueryParameters FromSearchRequest(ScimSearchRequest request) => new()
    {
        Filter = NullIfBlank(request.Filter),
        SortBy = NullIfBlank(request.SortBy),
        SortOrder = request.SortOrder,
        StartIndex = request.StartIndex is { } start ? Math.Max(start, 1) : null,
        Count = request.Count is { } count ? Math.Max(count, 0) : null,
        Cursor = request.Cursor,
        Attributes = request.Attributes,
        ExcludedAttributes = request.ExcludedAttributes,
    };

    /// <summary>Reads the <c>attributes</c>/<c>excludedAttributes</c> parameters only (for reads and writes of one resource).</summary>
    public static ScimProjection ProjectionFromQuery(IQueryCollection query, ResourceTypeDefinition type) =>
        ScimProjection.Create(type, SplitList(Single(query, "attributes")), SplitList(Single(query, "excludedAttributes")));

    private static string? Single(IQueryCollection query, string name)
    {
        // Parameter names are matched case-insensitively by IQueryCollection (startindex, startIndex).
        if (!query.TryGetValue(name, out StringValues values) || values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            throw ScimException.InvalidValue($"The query parameter '{name}' appears more than once.");
        }

        return values[0];
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static IReadOnlyList<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static ScimSortOrder? ParseSortOrder(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (string.Equals(text.Trim(), "ascending", StringComparison.OrdinalIgnoreCase))
        {
            return ScimSortOrder.Ascending;
        }

        if (string.Equals(text.Trim(), "descending", StringComparison.OrdinalIgnoreCase))
        {
            return ScimSortOrder.Descending;
        }

        throw ScimException.InvalidValue("The query parameter 'sortOrder' must be 'ascending' or 'descending'.");
    }

    /// <summary>RFC 7644 §3.4.2.4: a value below 1 is interpreted as 1; a non-integer is 400 <c>invalidValue</c>.</summary>
    private static int? ParseStartIndex(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return (int)Math.Clamp(ParseInteger(text, "startIndex"), 1, int.MaxValue);
    }

    /// <summary>RFC 7644 §3.4.2.4: a negative count is interpreted as 0; a non-integer is 400 <c>invalidValue</c>.</summary>
    private static int? ParseCount(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return (int)Math.Clamp(ParseInteger(text, "count"), 0, int.MaxValue);
    }

    private static long ParseInteger(string text, string name)
    {
        var span = text.AsSpan().Trim();
        if (long.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        // An integer too large for 64 bits is still an integer: clamp it by its sign.
        var digits = span.Length > 0 && span[0] is '+' or '-' ? span[1..] : span;
        if (digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9'))
        {
            return span[0] == '-' ? long.MinValue : long.MaxValue;
        }

        throw ScimException.InvalidValue($"The query parameter '{name}' must be an integer.");
    }
}
