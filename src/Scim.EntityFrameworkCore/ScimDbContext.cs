using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

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

    /// <summary>Makes queries that EF Core would partly evaluate on the client (or page without an order) fail instead.</summary>
    /// <param name="optionsBuilder">The options builder.</param>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.ConfigureWarnings(warnings => warnings
            .Throw(CoreEventId.RowLimitingOperationWithoutOrderByWarning)
            .Throw(CoreEventId.FirstWithoutOrderByAndFilterWarning)
            .Throw(CoreEventId.DistinctAfterOrderByWithoutRowLimitingOperatorWarning)
            .Throw(RelationalEventId.MultipleCollectionIncludeWarning)
            .Ignore(RelationalEventId.PendingModelChangesWarning));
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
