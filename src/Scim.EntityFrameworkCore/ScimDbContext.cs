using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Scim.EntityFrameworkCore;

/// <summary>
/// The SCIM tables: users (with e-mail rows), groups and group members, each with a tenant column. A context serves
/// one tenant (<see cref="TenantId"/>): a global query filter scopes every query, update and delete by it, so a
/// resource of another tenant is simply not found. The stores create one short-lived context per operation.
/// </summary>
/// <remarks>
/// Filters, sorting and paging are translated to SQL; a query EF Core could only finish on the client fails instead
/// (see <see cref="OnConfiguring"/>). Create the schema with <c>Database.MigrateAsync()</c> (migrations work on
/// SQLite and PostgreSQL).
/// </remarks>
public class ScimDbContext : DbContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="options">The options (provider and connection).</param>
    public ScimDbContext(DbContextOptions<ScimDbContext> options)
        : base(options)
    {
    }

    /// <summary>Creates a context for a derived context type.</summary>
    /// <param name="options">The options.</param>
    protected ScimDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The tenant this context reads and writes; <see langword="null"/> sees nothing.</summary>
    public string? TenantId { get; set; }

    /// <summary>Users.</summary>
    public DbSet<ScimUserEntity> Users => Set<ScimUserEntity>();

    /// <summary>Users' e-mail rows.</summary>
    public DbSet<ScimUserEmailEntity> UserEmails => Set<ScimUserEmailEntity>();

    /// <summary>Groups.</summary>
    public DbSet<ScimGroupEntity> Groups => Set<ScimGroupEntity>();

    /// <summary>Group members.</summary>
    public DbSet<ScimGroupMemberEntity> GroupMembers => Set<ScimGroupMemberEntity>();

    /// <summary>
    /// Makes queries that EF Core would partly evaluate on the client (or page without an order) fail instead. Skipped
    /// when the options already say so (the stores' pooled factory sets them once, because a pooled context may not
    /// change its options here).
    /// </summary>
    /// <param name="optionsBuilder">The options builder.</param>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        if (!HasStrictQueryWarnings(optionsBuilder.Options))
        {
            ConfigureStrictQueryWarnings(optionsBuilder);
        }
    }

    /// <summary>Clears <see cref="TenantId"/> before the context is disposed (or returned to a pool), so a reused instance never starts with a previous tenant.</summary>
    public override void Dispose()
    {
        TenantId = null;
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Clears <see cref="TenantId"/> before the context is disposed (or returned to a pool), so a reused instance never starts with a previous tenant.</summary>
    /// <returns>A task that completes when the context is disposed.</returns>
    public override ValueTask DisposeAsync()
    {
        TenantId = null;
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    /// <summary>The warnings <see cref="OnConfiguring"/> turns into errors, set once on options shared by a context pool.</summary>
    internal static void ConfigureStrictQueryWarnings(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ConfigureWarnings(warnings => warnings
            .Throw(StrictQueryWarnings)
            .Ignore(RelationalEventId.PendingModelChangesWarning));

    private static readonly EventId[] StrictQueryWarnings =
    [
        CoreEventId.RowLimitingOperationWithoutOrderByWarning,
        CoreEventId.FirstWithoutOrderByAndFilterWarning,
        CoreEventId.DistinctAfterOrderByWithoutRowLimitingOperatorWarning,
        RelationalEventId.MultipleCollectionIncludeWarning,
    ];

    private static bool HasStrictQueryWarnings(DbContextOptions options)
    {
        var warnings = options.FindExtension<CoreOptionsExtension>()?.WarningsConfiguration;
        return warnings is not null
            && warnings.GetBehavior(RelationalEventId.PendingModelChangesWarning) == WarningBehavior.Ignore
            && StrictQueryWarnings.All(id => warnings.GetBehavior(id) == WarningBehavior.Throw);
    }

    /// <summary>Maps the tables, keys, unique indexes and tenant filters.</summary>
    /// <param name="modelBuilder">The model builder.</param>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ScimModel.Configure(modelBuilder, Database.ProviderName);
        modelBuilder.Entity<ScimUserEntity>().HasQueryFilter(u => u.Tenant == TenantId);
        modelBuilder.Entity<ScimUserEmailEntity>().HasQueryFilter(e => e.Tenant == TenantId);
        modelBuilder.Entity<ScimGroupEntity>().HasQueryFilter(g => g.Tenant == TenantId);
        modelBuilder.Entity<ScimGroupMemberEntity>().HasQueryFilter(m => m.Tenant == TenantId);
    }
}
