using Scim.Patch;
using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>
/// The store of one resource type, implemented by the host (or by <c>Scim.EntityFrameworkCore</c>, or the in-memory
/// store). Every call carries the tenant and is scoped by it. Not found is <see langword="null"/> (or
/// <see langword="false"/>); conflicts are <see cref="ScimException"/>s: 409 <c>uniqueness</c> for a unique
/// attribute already in use, 412 when <c>expectedVersion</c> does not match.
/// </summary>
/// <remarks>
/// Versions are opaque weak ETags (<c>W/"..."</c>) that the store derives from its own data, so that any number of
/// server instances can share one database. A write that changes nothing keeps the version.
/// </remarks>
public interface IScimResourceStore
{
    /// <summary>The resource type this store keeps.</summary>
    ResourceTypeDefinition ResourceType { get; }

    /// <summary>
    /// Stores a new resource. The resource carries the id chosen by the endpoint's <see cref="IScimIdGenerator"/>
    /// (or none, in which case the store assigns one); the store sets <c>meta</c> (resourceType, created,
    /// lastModified, version).
    /// </summary>
    /// <param name="tenant">The tenant.</param>
    /// <param name="resource">The validated resource.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored resource as it now is.</returns>
    /// <exception cref="ScimException">409 <c>uniqueness</c> when a unique attribute (or the id) is already in use.</exception>
    Task<ScimResource> CreateAsync(ScimTenant tenant, ScimResource resource, CancellationToken cancellationToken = default);

    /// <summary>Reads a resource by id.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <param name="id">The resource id.</param>
    /// <param name="load">Attributes the caller does not need; <see cref="ScimLoadOptions.Full"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The resource, or <see langword="null"/> when the tenant has none with that id.</returns>
    Task<ScimResource?> GetAsync(ScimTenant tenant, string id, ScimLoadOptions? load = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a query.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One page of results.</returns>
    /// <exception cref="ScimException">400 <c>invalidFilter</c> for a filter the store cannot evaluate; 400 <c>invalidCursor</c> for a bad cursor.</exception>
    Task<ScimQueryResult> QueryAsync(ScimTenant tenant, ScimQuery query, CancellationToken cancellationToken = default);

    /// <summary>Replaces a resource (PUT). Every client-writable attribute takes the new value; absent ones are cleared.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <param name="resource">The new resource; its id names the resource to replace.</param>
    /// <param name="expectedVersion">When not <see langword="null"/>, the version the resource must still have.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored resource, or <see langword="null"/> when it does not exist.</returns>
    /// <exception cref="ScimException">409 <c>uniqueness</c>; 412 when the version does not match.</exception>
    Task<ScimResource?> ReplaceAsync(ScimTenant tenant, ScimResource resource, string? expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Commits an evaluated PATCH atomically: the attributes in <see cref="ScimChangeSet.ChangedAttributes"/> take
    /// their values from <see cref="PatchResult.Resource"/>, and each <see cref="MultiValuedAttributeDelta"/> is applied
    /// as row deletes and inserts without loading the whole list. An empty change set (or deltas that change nothing,
    /// such as adding a present member) keeps the version.
    /// </summary>
    /// <param name="tenant">The tenant.</param>
    /// <param name="patch">The evaluated PATCH; <c>patch.Resource.Id</c> names the resource.</param>
    /// <param name="expectedVersion">
    /// When not <see langword="null"/>, the version the resource must still have (the client's If-Match, or the
    /// version the PATCH was evaluated against when it changes attributes other than deltas).
    /// </param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The resource after the change (attributes applied as deltas may be omitted), or <see langword="null"/> when it does not exist.</returns>
    /// <exception cref="ScimException">409 <c>uniqueness</c>; 412 when the version does not match.</exception>
    Task<ScimResource?> ApplyPatchAsync(ScimTenant tenant, PatchResult patch, string? expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Deletes a resource (and, for a user, its group memberships; for a group, its member rows).</summary>
    /// <param name="tenant">The tenant.</param>
    /// <param name="id">The resource id.</param>
    /// <param name="expectedVersion">When not <see langword="null"/>, the version the resource must still have.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when deleted, <see langword="false"/> when it did not exist.</returns>
    /// <exception cref="ScimException">412 when the version does not match.</exception>
    Task<bool> DeleteAsync(ScimTenant tenant, string id, string? expectedVersion, CancellationToken cancellationToken = default);
}
