using Microsoft.Extensions.Logging;
using Scim.Abstractions;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>
/// The operations on one resource type (RFC 7644 §3.3 to §3.6), shared by the HTTP endpoints and <c>/Bulk</c>: each
/// takes its inputs, talks to the store and returns a <see cref="ScimResult"/>.
/// </summary>
internal static partial class ResourceOperations
{
    public static async Task<ScimResult> GetAsync(ScimRequest request, ResourceTypeDefinition type, string id, ScimProjection projection, string? ifNoneMatch)
    {
        var store = request.GetStore(type);
        var resource = await store.GetAsync(request.Tenant, id, QueryPlanner.LoadOptionsFor(type, projection), request.Aborted).ConfigureAwait(false)
            ?? throw NotFound(type, id);
        if (ifNoneMatch is not null && EntityTags.AnyMatches(ifNoneMatch, resource.Version))
        {
            return ScimResult.NotModified(resource.Version);
        }

        return ScimResult.ForResource(200, projection.Apply(request.WithLocation(resource)), resource.Version);
    }

    public static async Task<ScimResult> ListAsync(ScimRequest request, ResourceTypeDefinition type, QueryParameters parameters)
    {
        var runtime = request.Runtime;
        var filter = QueryPlanner.ParseFilter(parameters.Filter, runtime);
        var projection = ScimProjection.Create(type, parameters.Attributes, parameters.ExcludedAttributes);
        var query = QueryPlanner.Plan(parameters, filter, type, projection, runtime);
        if (filter is not null && runtime.Logger.IsEnabled(LogLevel.Debug))
        {
            LogQuery(runtime.Logger, type.Name, parameters.Filter!.Length, FilterShape.Describe(filter));
        }

        var result = await request.GetStore(type).QueryAsync(request.Tenant, query, request.Aborted).ConfigureAwait(false);
        var resources = new ScimResource[result.Resources.Count];
        for (var i = 0; i < resources.Length; i++)
        {
            resources[i] = request.WithLocation(result.Resources[i]);
        }

        var list = new ScimListResponse(resources, result.TotalResults)
        {
            StartIndex = query.Cursor is null ? query.StartIndex : null,
            ItemsPerPage = resources.Length,
            NextCursor = result.NextCursor,
            PreviousCursor = result.PreviousCursor,
        };
        return ScimResult.ForBody(200, ScimResponseWriter.Serialize(writer => ScimMessageWriter.WriteListResponse(writer, list, projection)));
    }

    public static async Task<ScimResult> CreateAsync(ScimRequest request, ResourceTypeDefinition type, ReadOnlyMemory<byte> body, ScimProjection projection)
    {
        var resource = ScimJsonReader.ReadResource(body.Span, type, request.Runtime.ReadOptions);
        resource = ScimResourceValidator.ValidateCreate(resource);
        var generator = request.Runtime.Catalog.GetIdGenerator(request.Http.RequestServices, type.Name);
        if (generator is not null)
        {
            resource = resource.With("id", new ScimString(generator.GenerateId(request.Tenant, resource)));
        }

        var created = await request.GetStore(type).CreateAsync(request.Tenant, resource, request.Aborted).ConfigureAwait(false);
        created = request.WithLocation(created);
        return ScimResult.ForResource(201, projection.Apply(created), created.Version, request.LocationOf(type, created.Id!));
    }

    public static async Task<ScimResult> ReplaceAsync(ScimRequest request, ResourceTypeDefinition type, string id, ReadOnlyMemory<byte> body, string? ifMatch, ScimProjection projection)
    {
        // Parse before touching the store: a malformed body never costs a read.
        var replacement = ScimJsonReader.ReadResource(body.Span, type, request.Runtime.ReadOptions);
        var store = request.GetStore(type);
        var existing = await store.GetAsync(request.Tenant, id, ScimLoadOptions.Full, request.Aborted).ConfigureAwait(false)
            ?? throw NotFound(type, id);
        var expected = CheckIfMatch(ifMatch, existing);

        // A body id never overrides the URL id: the reader ignores it (read-only) and the validator carries the stored one.
        var validated = ScimResourceValidator.ValidateReplace(existing, replacement.With("id", new ScimString(id)));
        var updated = await store.ReplaceAsync(request.Tenant, validated, expected, request.Aborted).ConfigureAwait(false)
            ?? throw NotFound(type, id);
        return ScimResult.ForResource(200, projection.Apply(request.WithLocation(updated)), updated.Version);
    }

    public static async Task<ScimResult> DeleteAsync(ScimRequest request, ResourceTypeDefinition type, string id, string? ifMatch)
    {
        var store = request.GetStore(type);
        string? expected = null;
        if (ifMatch is not null)
        {
            var existing = await store.GetAsync(request.Tenant, id, LightLoad(type), request.Aborted).ConfigureAwait(false)
                ?? throw NotFound(type, id);
            expected = CheckIfMatch(ifMatch, existing);
        }

        return await store.DeleteAsync(request.Tenant, id, expected, request.Aborted).ConfigureAwait(false)
            ? ScimResult.NoContent()
            : throw NotFound(type, id);
    }

    /// <summary>Checks a client If-Match against the loaded version: 412 when it does not match; the version to hand the store otherwise.</summary>
    internal static string? CheckIfMatch(string? ifMatch, ScimResource existing)
    {
        if (ifMatch is null)
        {
            return null;
        }

        if (!EntityTags.AnyMatches(ifMatch, existing.Version))
        {
            throw ScimException.PreconditionFailed("The resource has changed: its version no longer matches If-Match.");
        }

        return existing.Version;
    }

    /// <summary>Load options that skip every multi-valued attribute, for reads that only need the version.</summary>
    internal static ScimLoadOptions LightLoad(ResourceTypeDefinition type) =>
        ScimLoadOptions.Omit([.. type.Schema.Attributes.Where(a => a.MultiValued).Select(a => a.Name)]);

    internal static ScimException NotFound(ResourceTypeDefinition type, string id) =>
        ScimException.NotFound($"{type.Name} '{(id.Length <= 64 ? id : string.Concat(id.AsSpan(0, 61), "..."))}' not found.");

    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "SCIM query on {ResourceType}: filter of {Length} characters shaped {Shape}.")]
    private static partial void LogQuery(ILogger logger, string resourceType, int length, string shape);
}
