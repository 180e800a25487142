using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Scim.Abstractions;
using Scim.Schema;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a SCIM service provider in a service collection.</summary>
public static class ScimServiceCollectionExtensions
{
    /// <summary>
    /// Adds the SCIM services: options, the schema registry (User with the Enterprise User extension, and Group), the
    /// default bearer-token validator. Safe to call more than once: later calls configure the same options and
    /// return a builder over the same registrations.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; they are validated right after.</param>
    /// <returns>A builder to register stores, resource types, extensions and id generators.</returns>
    /// <exception cref="InvalidOperationException">An option is out of range.</exception>
    public static ScimBuilder AddScim(this IServiceCollection services, Action<ScimOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = FindInstance<ScimOptions>(services);
        var catalog = FindInstance<ScimResourceCatalog>(services);
        if (options is null || catalog is null)
        {
            options = new ScimOptions();
            catalog = new ScimResourceCatalog(ScimSchemaRegistry.CreateDefault());
            services.AddSingleton(options);
            services.AddSingleton(catalog);
            services.AddSingleton(catalog.Registry);
            services.TryAddSingleton<IScimTokenValidator, ConfiguredTokenValidator>();
        }

        configure?.Invoke(options);
        options.Validate();
        return new ScimBuilder(services, options, catalog);
    }

    private static T? FindInstance<T>(IServiceCollection services)
        where T : class
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(T) && !descriptor.IsKeyedService && descriptor.ImplementationInstance is T instance)
            {
                return instance;
            }
        }

        return null;
    }
}
