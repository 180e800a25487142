using Microsoft.Extensions.Logging;
using Scim.Abstractions;
using Scim.Patch;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>
/// PATCH (RFC 7644 §3.5.2): parse, load only what the operations touch, evaluate atomically, commit the change set
/// with the right expected version, and retry on a concurrent change when the client did not pin a version.
/// </summary>
/// <remarks>
/// <para>Group <c>members</c> (and any other deferred attribute) is not loaded unless an operation needs the current
/// values (<see cref="PatchRequest.RequiresLoading"/>); member adds and removes become deltas the store applies as
/// row inserts and deletes.</para>
/// <para>The expected version is the client's <c>If-Match</c>; without it, the loaded version when the PATCH changes
/// attributes other than deltas (so that a concurrent write cannot be overwritten with stale values), and none when it
/// only applies deltas (which commute). A 412 without a client <c>If-Match</c> means another writer won the race: the
/// PATCH is evaluated again on a fresh copy, up to <see cref="ScimPatchOptions.MaxConcurrencyRetries"/> times, so
/// parallel PATCHes neither lose updates nor surface spurious 412s.</para>
/// </remarks>
internal static partial class PatchOperations
{
    public static async Task<ScimResult> PatchAsync(ScimRequest request, ResourceTypeDefinition type, string id, ReadOnlyMemory<byte> body, string? ifMatch, ScimProjection projection)
    {
        var options = request.Options;
        var candidates = DeferrableAttributes(type);
        var patch = PatchRequest.Parse(body.Span, type, options.CreatePatchEvaluationOptions(candidates));
        var deferred = new HashSet<string>(candidates.Where(a => !patch.RequiresLoading(a)), StringComparer.OrdinalIgnoreCase);
        var evaluation = options.CreatePatchEvaluationOptions(deferred);
        var load = deferred.Count == 0 ? ScimLoadOptions.Full : ScimLoadOptions.Omit([.. deferred]);
        var store = request.GetStore(type);
        var attempts = 0;
        ScimResource? updated;
        while (true)
        {
            var loaded = await store.GetAsync(request.Tenant, id, load, request.Aborted).ConfigureAwait(false)
                ?? throw ResourceOperations.NotFound(type, id);
            var pinned = ResourceOperations.CheckIfMatch(ifMatch, loaded);
            var result = PatchEvaluator.Apply(loaded, patch, evaluation);
            var expected = pinned ?? (result.Changes.ChangedAttributes.Count > 0 ? loaded.Version : null);
            try
            {
                updated = await store.ApplyPatchAsync(request.Tenant, result, expected, request.Aborted).ConfigureAwait(false)
                    ?? throw ResourceOperations.NotFound(type, id);
                break;
            }
            catch (ScimException ex) when (ex.Status == 412 && pinned is null)
            {
                if (++attempts > options.Patch.MaxConcurrencyRetries)
                {
                    LogRetriesExhausted(request.Runtime.Logger, type.Name, attempts);
                    throw new ScimException(409, null, "The resource kept changing while the PATCH was applied; retry the request.");
                }
            }
        }

        var isGroup = string.Equals(type.Schema.Id, ScimSchemaIds.Group, StringComparison.OrdinalIgnoreCase);
        var returnsResource = isGroup ? options.Patch.GroupPatchReturnsResource : options.Patch.UserPatchReturnsResource;
        if (!returnsResource)
        {
            return ScimResult.NoContent(updated.Version);
        }

        if (deferred.Count > 0 || !projection.IsDefault)
        {
            // The store may leave delta-applied attributes out of its answer: read the resource as the client asked for it.
            updated = await store.GetAsync(request.Tenant, id, QueryPlanner.LoadOptionsFor(type, projection), request.Aborted).ConfigureAwait(false)
                ?? throw ResourceOperations.NotFound(type, id);
        }

        return ScimResult.ForResource(200, projection.Apply(request.WithLocation(updated)), updated.Version);
    }

    /// <summary>The attributes of the type that PATCH applies as deltas without loading them (Group <c>members</c>).</summary>
    private static HashSet<string> DeferrableAttributes(ResourceTypeDefinition type)
    {
        var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in PatchEvaluationOptions.Default.DeferredAttributes)
        {
            if (type.Schema.FindAttribute(name) is { MultiValued: true, Type: AttributeType.Complex })
            {
                result.Add(name);
            }
        }

        return result;
    }

    [LoggerMessage(EventId = 4090, Level = LogLevel.Warning, Message = "SCIM PATCH of a {ResourceType} gave up after {Attempts} attempts: the resource kept changing.")]
    private static partial void LogRetriesExhausted(ILogger logger, string resourceType, int attempts);
}
