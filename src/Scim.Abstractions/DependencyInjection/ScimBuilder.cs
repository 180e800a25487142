using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>
/// Configures the SCIM service provider that <c>services.AddScim()</c> registered: stores per resource type, custom
/// resource types, schema extensions, id generators and the token validator.
/// </summary>
public sealed class ScimBuilder
{
    internal ScimBuilder(IServiceCollection services, ScimOptions options, ScimResourceCatalog catalog)
    {
        Services = services;
        Options = options;
        Catalog = catalog;
    }

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The options (the same instance on every call of <c>AddScim</c>).</summary>
    public ScimOptions Options { get; }

    /// <summary>The resource types and their stores.</summary>
    public ScimResourceCatalog Catalog { get; }

    /// <summary>Uses <typeparamref name="TStore"/> as the store of Users.</summary>
    /// <typeparam name="TStore">The store type.</typeparam>
    /// <param name="lifetime">The store's lifetime (default scoped, as a store on a DbContext needs).</param>
    /// <returns>This builder.</returns>
    public ScimBuilder AddUserStore<TStore>(ServiceLifetime lifetime = ServiceLifetime.Scoped)
        where TStore : class, IScimUserStore
    {
        Services.Replace(ServiceDescriptor.Describe(typeof(TStore), typeof(TStore), lifetime));
        Services.Replace(ServiceDescriptor.Describe(typeof(IScimUserStore), sp => sp.GetRequiredService<TStore>(), lifetime));
        Catalog.SetStore(CoreSchemas.UserResourceType.Name, typeof(IScimUserStore));
        return this;
    }

    /// <summary>Uses <typeparamref name="TStore"/> as the store of Groups.</summary>
    /// <typeparam name="TStore">The store type.</typeparam>
    /// <param name="lifetime">The store's lifetime (default scoped).</param>
    /// <returns>This builder.</returns>
    public ScimBuilder AddGroupStore<TStore>(ServiceLifetime lifetime = ServiceLifetime.Scoped)
        where TStore : class, IScimGroupStore
    {
        Services.Replace(ServiceDescriptor.Describe(typeof(TStore), typeof(TStore), lifetime));
        Services.Replace(ServiceDescriptor.Describe(typeof(IScimGroupStore), sp => sp.GetRequiredService<TStore>(), lifetime));
        Catalog.SetStore(CoreSchemas.GroupResourceType.Name, typeof(IScimGroupStore));
        return this;
    }

    /// <summary>
    /// Serves a custom resource type (for example <c>Device</c> at <c>/Devices</c>) with its store, or replaces the
    /// definition and store of a registered one.
    /// </summary>
    /// <param name="resourceType">The resource type.</param>
    /// <param name="storeType">A class implementing <see cref="IScimResourceStore"/> for that type.</param>
    /// <param name="lifetime">The store's lifetime (default scoped).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="storeType"/> is not a concrete <see cref="IScimResourceStore"/>.</exception>
    /// <exception cref="InvalidOperationException">The endpoint or a schema URN clashes with another type.</exception>
    public ScimBuilder AddResourceType(ResourceTypeDefinition resourceType, Type storeType, ServiceLifetime lifetime = ServiceLifetime.Scoped)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        ArgumentNullException.ThrowIfNull(storeType);
        if (!typeof(IScimResourceStore).IsAssignableFrom(storeType) || storeType.IsAbstract || storeType.IsInterface)
        {
            throw new ArgumentException($"'{storeType.Name}' must be a concrete class implementing {nameof(IScimResourceStore)}.", nameof(storeType));
        }

        Catalog.Registry.AddResourceType(resourceType);
        Services.Replace(ServiceDescriptor.Describe(storeType, storeType, lifetime));
        Catalog.SetStore(resourceType.Name, storeType);
        return this;
    }

    /// <summary>Serves a custom resource type with its store.</summary>
    /// <typeparam name="TStore">The store type.</typeparam>
    /// <param name="resourceType">The resource type.</param>
    /// <param name="lifetime">The store's lifetime (default scoped).</param>
    /// <returns>This builder.</returns>
    public ScimBuilder AddResourceType<TStore>(ResourceTypeDefinition resourceType, ServiceLifetime lifetime = ServiceLifetime.Scoped)
        where TStore : class, IScimResourceStore =>
        AddResourceType(resourceType, typeof(TStore), lifetime);

    /// <summary>Adds a schema extension to a resource type (for example a company extension of User).</summary>
    /// <param name="resourceTypeName">The resource type name, for example <c>User</c>.</param>
    /// <param name="extension">The extension schema.</param>
    /// <param name="required">Whether every resource of the type must carry it.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No resource type has that name.</exception>
    public ScimBuilder AddSchemaExtension(string resourceTypeName, SchemaDefinition extension, bool required = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceTypeName);
        ArgumentNullException.ThrowIfNull(extension);
        Catalog.Registry.AddExtension(resourceTypeName, extension, required);
        return this;
    }

    /// <summary>Chooses the ids of new resources of a type with <typeparamref name="TGenerator"/> (resolved from the services).</summary>
    /// <typeparam name="TGenerator">The generator type.</typeparam>
    /// <param name="resourceTypeName">The resource type name, for example <c>Group</c>.</param>
    /// <returns>This builder.</returns>
    public ScimBuilder UseIdGenerator<TGenerator>(string resourceTypeName)
        where TGenerator : class, IScimIdGenerator
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceTypeName);
        Services.TryAddSingleton<TGenerator>();
        Catalog.SetIdGenerator(resourceTypeName, sp => sp.GetRequiredService<TGenerator>());
        return this;
    }

    /// <summary>Chooses the ids of new resources of a type with the given generator.</summary>
    /// <param name="resourceTypeName">The resource type name.</param>
    /// <param name="generator">The generator.</param>
    /// <returns>This builder.</returns>
    public ScimBuilder UseIdGenerator(string resourceTypeName, IScimIdGenerator generator)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceTypeName);
        ArgumentNullException.ThrowIfNull(generator);
        Catalog.SetIdGenerator(resourceTypeName, _ => generator);
        return this;
    }

    /// <summary>
    /// Keeps every resource type that has no store yet in one shared <see cref="InMemoryScimDatabase"/> (a singleton):
    /// for tests, demos and single-instance tools, never for production data, which it loses on restart.
    /// </summary>
    /// <param name="options">Settings of the in-memory database; defaults when <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public ScimBuilder UseInMemoryStores(InMemoryScimStoreOptions? options = null)
    {
        Services.TryAddSingleton(_ => new InMemoryScimDatabase(options));
        var registry = Catalog.Registry;
        foreach (var type in registry.ResourceTypes)
        {
            if (Catalog.HasStore(type.Name))
            {
                continue;
            }

            var name = type.Name;
            if (string.Equals(name, CoreSchemas.UserResourceType.Name, StringComparison.OrdinalIgnoreCase))
            {
                // The registry's current User type (with extensions added later) is read when the store is first resolved.
                Services.Replace(ServiceDescriptor.Singleton<IScimUserStore>(sp =>
                    sp.GetRequiredService<InMemoryScimDatabase>().CreateUserStore(registry.FindResourceType(name)!)));
                Catalog.SetStore(name, typeof(IScimUserStore));
            }
            else if (string.Equals(name, CoreSchemas.GroupResourceType.Name, StringComparison.OrdinalIgnoreCase))
            {
                Services.Replace(ServiceDescriptor.Singleton<IScimGroupStore>(sp =>
                    sp.GetRequiredService<InMemoryScimDatabase>().CreateGroupStore(registry.FindResourceType(name)!)));
                Catalog.SetStore(name, typeof(IScimGroupStore));
            }
            else
            {
                Catalog.SetStore(name, sp => sp.GetRequiredService<InMemoryScimDatabase>().GetStore(registry.FindResourceType(name)!));
            }
        }

        return this;
    }

    /// <summary>Replaces the bearer-token validator (for example with one that checks per-account API keys in the host's database).</summary>
    /// <typeparam name="TValidator">The validator type.</typeparam>
    /// <param name="lifetime">Its lifetime (default singleton).</param>
    /// <returns>This builder.</returns>
    public ScimBuilder AddTokenValidator<TValidator>(ServiceLifetime lifetime = ServiceLifetime.Singleton)
        where TValidator : class, IScimTokenValidator
    {
        Services.Replace(ServiceDescriptor.Describe(typeof(IScimTokenValidator), typeof(TValidator), lifetime));
        return this;
    }
}
