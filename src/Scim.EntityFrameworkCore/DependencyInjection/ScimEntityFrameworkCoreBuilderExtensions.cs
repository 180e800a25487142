using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Scim.Abstractions;
using Scim.Schema;

namespace Scim.EntityFrameworkCore;

/// <summary>Registers the EF Core stores on the SCIM builder.</summary>
public static class ScimEntityFrameworkCoreBuilderExtensions
{
    /// <summary>
    /// Keeps Users and Groups in a <see cref="ScimDbContext"/> configured by <paramref name="configureDatabase"/>
    /// (for example <c>options.UseSqlite("Data Source=scim.db")</c> or <c>options.UseNpgsql(connectionString)</c>).
    /// The stores are singletons that take a short-lived context per operation from a pooled
    /// <see cref="IDbContextFactory{TContext}"/> (<c>AddPooledDbContextFactory</c>). Create the schema at startup with
    /// <see cref="MigrateScimDatabaseAsync"/>.
    /// </summary>
    /// <param name="builder">The SCIM builder from <c>services.AddScim()</c>.</param>
    /// <param name="configureDatabase">Chooses the provider and connection.</param>
    /// <returns>The builder.</returns>
    public static ScimBuilder AddEntityFrameworkCoreStores(this ScimBuilder builder, Action<DbContextOptionsBuilder> configureDatabase)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configureDatabase);
        // Pooled: creating a context per operation otherwise costs a fresh internal service scope and options
        // comparison each time (a measured tenth of a GET-by-filter). The tenant is set on every use and cleared on return.
        builder.Services.AddPooledDbContextFactory<ScimDbContext>(options =>
        {
            configureDatabase(options);
            ScimDbContext.ConfigureStrictQueryWarnings(options);
        });
        builder.AddUserStore<EntityFrameworkScimUserStore>(ServiceLifetime.Singleton);
        builder.AddGroupStore<EntityFrameworkScimGroupStore>(ServiceLifetime.Singleton);

        // The registry's current User and Group types (with extensions the host added) are read when first resolved.
        builder.Services.Replace(ServiceDescriptor.Singleton(sp => new EntityFrameworkScimUserStore(
            sp.GetRequiredService<IDbContextFactory<ScimDbContext>>(),
            sp.GetRequiredService<ScimSchemaRegistry>().FindResourceType(CoreSchemas.UserResourceType.Name),
            sp.GetService<TimeProvider>())));
        builder.Services.Replace(ServiceDescriptor.Singleton(sp => new EntityFrameworkScimGroupStore(
            sp.GetRequiredService<IDbContextFactory<ScimDbContext>>(),
            sp.GetRequiredService<ScimSchemaRegistry>().FindResourceType(CoreSchemas.GroupResourceType.Name),
            sp.GetService<TimeProvider>())));
        return builder;
    }

    /// <summary>Applies the SCIM schema migrations to the configured database (creating it when the provider can).</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>A task that completes when the schema is current.</returns>
    public static async Task MigrateScimDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var contexts = services.GetRequiredService<IDbContextFactory<ScimDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }
}
