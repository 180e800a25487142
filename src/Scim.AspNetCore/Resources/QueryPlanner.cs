using Scim.Abstractions;
using Scim.Filter;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>Turns <see cref="QueryParameters"/> into a store <see cref="ScimQuery"/> and the response projection, enforcing the limits.</summary>
internal static class QueryPlanner
{
    public static FilterExpression? ParseFilter(string? filter, ScimEndpointRuntime runtime) =>
        filter is null ? null : ScimFilter.Parse(filter, runtime.FilterOptions);

    public static ScimQuery Plan(QueryParameters parameters, FilterExpression? filter, ResourceTypeDefinition type, ScimProjection projection, ScimEndpointRuntime runtime)
    {
        var limits = runtime.Options.Limits;
        if (filter is not null)
        {
            // Binding checks the filter against the schema before any store sees it: unknown attributes, operators the
            // type cannot support (ordering booleans), values of the wrong type, and never-returned attributes
            // (password: filtering on it would disclose it one comparison at a time) are 400 invalidFilter.
            _ = ScimFilter.Bind(filter, type);
        }

        if (parameters.Cursor is not null && parameters.StartIndex is not null)
        {
            throw ScimException.InvalidValue("A query uses either 'startIndex' or 'cursor' paging, not both.");
        }

        return new ScimQuery
        {
            Filter = filter,
            SortBy = parameters.SortBy is null ? null : ParseSortBy(parameters.SortBy, type, runtime),
            SortDescending = parameters.SortOrder == ScimSortOrder.Descending,
            StartIndex = parameters.StartIndex ?? 1,
            Count = Math.Min(parameters.Count ?? limits.DefaultPageSize, limits.MaxPageSize),
            Cursor = parameters.Cursor,
            Load = LoadOptionsFor(type, projection),
        };
    }

    /// <summary>Top-level attributes the response will not carry, so that the store may skip them (Group members under <c>excludedAttributes=members</c>).</summary>
    public static ScimLoadOptions LoadOptionsFor(ResourceTypeDefinition type, ScimProjection projection)
    {
        if (projection.IsDefault)
        {
            return DefaultLoad(type);
        }

        List<string>? omitted = null;
        foreach (var attribute in type.Schema.Attributes)
        {
            if (attribute.MultiValued && !projection.Includes(attribute.Name))
            {
                (omitted ??= []).Add(attribute.Name);
            }
        }

        return omitted is null ? ScimLoadOptions.Full : ScimLoadOptions.Omit([.. omitted]);
    }

    private static ScimLoadOptions DefaultLoad(ResourceTypeDefinition type)
    {
        // Attributes returned only on request (returned: request) need not be loaded by default.
        List<string>? omitted = null;
        foreach (var attribute in type.Schema.Attributes)
        {
            if (attribute.Returned == Returned.Request)
            {
                (omitted ??= []).Add(attribute.Name);
            }
        }

        return omitted is null ? ScimLoadOptions.Full : ScimLoadOptions.Omit([.. omitted]);
    }

    private static AttributePath ParseSortBy(string text, ResourceTypeDefinition type, ScimEndpointRuntime runtime)
    {
        if (!ScimPath.TryParse(text, out var path, out _, runtime.FilterOptions) || path.ValueFilter is not null)
        {
            throw ScimException.InvalidValue("The query parameter 'sortBy' must be an attribute path such as 'name.familyName'.");
        }

        var attribute = AttributeResolver.Resolve(type, path.Attribute, out var sub)
            ?? throw ScimException.InvalidValue($"'sortBy' names no attribute of {type.Name}.");
        var target = sub ?? attribute;
        if (target.Returned == Returned.Never || target.Mutability == Mutability.WriteOnly)
        {
            throw ScimException.InvalidValue($"The attribute '{target.Name}' cannot be used to sort.");
        }

        if (target.Type == AttributeType.Complex)
        {
            throw ScimException.InvalidValue($"'sortBy' must name a simple attribute; '{target.Name}' is complex.");
        }

        return path.Attribute;
    }
}
