using Microsoft.EntityFrameworkCore;
using Scim.Abstractions;

namespace Scim.EntityFrameworkCore.Tests;

/// <summary>One migrated database per test class, with the stores over it.</summary>
public abstract class ScimDatabaseFixture : IAsyncLifetime
{
    private DbContextOptions<ScimDbContext>? _options;

    public DbContextOptions<ScimDbContext> Options => _options ?? throw new InvalidOperationException("The fixture is not initialised.");

    public ScimDbContextFactory Contexts => new(Options);

    public EntityFrameworkScimUserStore Users => new(Contexts);

    public EntityFrameworkScimGroupStore Groups => new(Contexts);

    public abstract string ProviderName { get; }

    public async Task InitializeAsync()
    {
        _options = await CreateOptionsAsync();
        await using var db = new ScimDbContext(_options);
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_options is not null)
        {
            await DropAsync(_options);
        }
    }

    /// <summary>A context scoped to a tenant, for assertions on rows.</summary>
    public ScimDbContext Open(ScimTenant tenant) => new(Options) { TenantId = tenant.Id };

    protected abstract Task<DbContextOptions<ScimDbContext>> CreateOptionsAsync();

    protected abstract Task DropAsync(DbContextOptions<ScimDbContext> options);
}
