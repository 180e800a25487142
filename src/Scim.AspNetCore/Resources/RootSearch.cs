using Scim.Abstractions;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>
/// <c>POST /.search</c> at the root (RFC 7644 §3.4.3): the query runs against every served resource type, results
/// in type order, index paging over the concatenation. Each type is asked first only for its total (count 0), then
/// for the slice of the page it holds, so no type is read whole. Cursor paging is per type only (400 here).
/// </summary>
internal static class RootSearch
{
    public static async Task<ScimResult> SearchAsync(ScimRequest request, QueryParameters parameters)
    {
        var runtime = request.Runtime;
        if (parameters.Cursor is not null)
        {
            throw ScimException.InvalidValue("Cursor paging is not available on the root /.search; search a resource type instead.");
        }

        if (parameters.SortBy is not null)
        {
            throw ScimException.InvalidValue("Sorting is not available on the root /.search; search a resource type instead.");
        }

        var filter = QueryPlanner.ParseFilter(parameters.Filter, runtime);
        var startIndex = parameters.StartIndex ?? 1;
        var count = Math.Min(parameters.Count ?? runtime.Options.Limits.DefaultPageSize, runtime.Options.Limits.MaxPageSize);
        var skip = (long)startIndex - 1;
        var total = 0L;
        var page = new List<ScimResource>();
        ScimException? unbound = null;
        var bound = 0;
        foreach (var type in runtime.ServedTypes)
        {
            var projection = ScimProjection.Create(type, parameters.Attributes, parameters.ExcludedAttributes);
            var store = request.GetStore(type);
            ScimQuery baseQuery;
            try
            {
                baseQuery = QueryPlanner.Plan(parameters, filter, type, projection, runtime);
            }
            catch (ScimException ex) when (ex.ScimType == ScimErrorType.InvalidFilter && filter is not null)
            {
                // A filter on attributes this type does not have matches none of its resources. The first type's
                // reason is the one reported if no type can take the filter: it names what the filter got wrong for
                // the primary type (a refused `password`, say) rather than that a later type lacks the attribute.
                unbound ??= ex;
                continue;
            }

            bound++;

            var typeTotal = (await store.QueryAsync(request.Tenant, Copy(baseQuery, 1, 0), request.Aborted).ConfigureAwait(false)).TotalResults;

            total += typeTotal;
            var wanted = count - page.Count;
            if (wanted > 0 && skip < typeTotal)
            {
                var slice = await store.QueryAsync(request.Tenant, Copy(baseQuery, (int)(skip + 1), wanted), request.Aborted).ConfigureAwait(false);
                page.AddRange(slice.Resources.Select(request.WithLocation));
            }

            skip = Math.Max(0, skip - typeTotal);
        }

        if (bound == 0 && unbound is not null)
        {
            // The filter fits no served type at all: that is the client's error, not an empty result.
            throw unbound;
        }

        // The writer resolves the same attribute names again for each resource's own type.
        var listProjection = ScimProjection.Create(runtime.ServedTypes[0], parameters.Attributes, parameters.ExcludedAttributes);
        var list = new ScimListResponse(page, total) { StartIndex = startIndex, ItemsPerPage = page.Count };
        return ScimResult.ForBody(200, ScimResponseWriter.Serialize(writer => ScimMessageWriter.WriteListResponse(writer, list, listProjection)));
    }

    private static ScimQuery Copy(ScimQuery query, int startIndex, int count) => new()
    {
        Filter = query.Filter,
        StartIndex = startIndex,
        Count = count,
        Load = query.Load,
    };
}
