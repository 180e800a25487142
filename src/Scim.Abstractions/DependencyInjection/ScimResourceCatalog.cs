using Microsoft.Extensions.DependencyInjection;
using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>
/// What <c>AddScim</c> configured: the schema registry (resource types, schemas, extensions), the store service of
/// each resource type and the id generator of each. Registered as a singleton; the endpoints read it per request.
/// </summary>
public sealed class ScimResourceCatalog
{
    private readonly Dictionary<string, Func<IServiceProvider, IScimResourceStore>> _stores = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<IServiceProvider, IScimIdGenerator>> _idGenerators = new(StringComparer.OrdinalIgnoreCase);

    internal ScimResourceCatalog(ScimSchemaRegistry registry) => Registry = registry;

    /// <summary>The schemas and resource types served.</summary>
    public ScimSchemaRegistry Registry { get; }

    /// <summary>Whether a store is registered for the resource type.</summary>
    /// <param name="resourceTypeName">The resource type name.</param>
    /// <returns><see langword="true"/> when registered.</returns>
    public bool HasStore(string resourceTypeName) => _stores.ContainsKey(resourceTypeName);

    /// <summary>Resolves the store of a resource type from the request's services.</summary>
    /// <param name="services">The request's service provider.</param>
    /// <param name="resourceTypeName">The resource type name.</param>
    /// <returns>The store.</returns>
    /// <exception cref="InvalidOperationException">No store is registered for the type.</exception>
    public IScimResourceStore GetStore(IServiceProvider services, string resourceTypeName)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!_stores.TryGetValue(resourceTypeName, out var factory))
        {
            throw new InvalidOperationException(
                $"No SCIM store is registered for resource type '{resourceTypeName}'. Call AddUserStore, AddGroupStore, AddResourceType or UseInMemoryStores on the builder AddScim returns.");
        }

        return factory(services);
    }

    /// <summary>The id generator of a resource type, or <see langword="null"/> when the store assigns ids itself.</summary>
    /// <param name="services">The request's service provider.</param>
    /// <param name="resourceTypeName">The resource type name.</param>
    /// <returns>The generator.</returns>
    public IScimIdGenerator? GetIdGenerator(IServiceProvider services, string resourceTypeName) =>
        _idGenerators.TryGetValue(resourceTypeName, out var factory) ? factory(services) : null;

    internal void SetStore(string resourceTypeName, Type storeServiceType) =>
        _stores[resourceTypeName] = services => (IScimResourceStore)services.GetRequiredService(storeServiceType);

    internal void SetStore(string resourceTypeName, Func<IServiceProvider, IScimResourceStore> factory) => _stores[resourceTypeName] = factory;

    internal void SetIdGenerator(string resourceTypeName, Func<IServiceProvider, IScimIdGenerator> factory) => _idGenerators[resourceTypeName] = factory;
}
