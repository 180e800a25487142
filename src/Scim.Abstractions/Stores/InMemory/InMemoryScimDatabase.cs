using System.Collections.Concurrent;
using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>
/// The shared state of the in-memory stores: every tenant's users, groups and custom resources. Deleting a resource
/// through any of its stores also removes it from every group's members, so create the stores from one database.
/// </summary>
/// <example>
/// <code>
/// var database = new InMemoryScimDatabase();
/// IScimUserStore users = database.Users;
/// IScimGroupStore groups = database.Groups;
/// </code>
/// </example>
public sealed class InMemoryScimDatabase
{
    private readonly ConcurrentDictionary<string, InMemoryTenant> _tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, InMemoryScimStore> _stores = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates an empty database.</summary>
    /// <param name="options">Settings; defaults when <see langword="null"/>.</param>
    public InMemoryScimDatabase(InMemoryScimStoreOptions? options = null)
    {
        Options = options ?? new InMemoryScimStoreOptions();
        Users = new InMemoryScimUserStore(this, CoreSchemas.UserResourceType);
        Groups = new InMemoryScimGroupStore(this, CoreSchemas.GroupResourceType);
        _stores[Users.ResourceType.Name] = Users;
        _stores[Groups.ResourceType.Name] = Groups;
    }

    /// <summary>The settings.</summary>
    public InMemoryScimStoreOptions Options { get; }

    /// <summary>The store of Users (the core User resource type with the Enterprise User extension).</summary>
    public InMemoryScimUserStore Users { get; }

    /// <summary>The store of Groups.</summary>
    public InMemoryScimGroupStore Groups { get; }

    /// <summary>
    /// The store of a resource type: the built-in User and Group stores for those names, otherwise a store for the
    /// custom type (created on first use, one per type name).
    /// </summary>
    /// <param name="resourceType">The resource type.</param>
    /// <returns>The store.</returns>
    public InMemoryScimStore GetStore(ResourceTypeDefinition resourceType)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        return _stores.GetOrAdd(resourceType.Name, static (_, state) => new InMemoryScimStore(state.Database, state.Type), (Database: this, Type: resourceType));
    }

    /// <summary>Creates a User store for a User resource type with other extensions, sharing this database.</summary>
    /// <param name="resourceType">The User resource type (for example with a custom extension).</param>
    /// <returns>The store.</returns>
    public InMemoryScimUserStore CreateUserStore(ResourceTypeDefinition resourceType) => new(this, resourceType);

    /// <summary>Creates a Group store for a Group resource type with other extensions, sharing this database.</summary>
    /// <param name="resourceType">The Group resource type.</param>
    /// <returns>The store.</returns>
    public InMemoryScimGroupStore CreateGroupStore(ResourceTypeDefinition resourceType) => new(this, resourceType);

    internal InMemoryTenant Tenant(ScimTenant tenant) => _tenants.GetOrAdd(tenant.Id, static _ => new InMemoryTenant());

    internal InMemoryTenant? FindTenant(ScimTenant tenant) => _tenants.GetValueOrDefault(tenant.Id);
}
