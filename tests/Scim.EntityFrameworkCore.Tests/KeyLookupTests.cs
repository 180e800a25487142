using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Scim.Abstractions;
using Scim.Filter;
using Scim.Schema;
using Scim.Testing;

namespace Scim.EntityFrameworkCore.Tests;

/// <summary>
/// The precompiled <c>userName eq</c> / <c>displayName eq</c> lookup agrees with the general filter translation, stays
/// within its tenant, and pages like any query; the stores run on a pooled context factory, as the DI registration
/// gives them, so reused contexts meet several tenants.
/// </summary>
public abstract class KeyLookupTests(ScimDatabaseFixture database)
{
    private readonly IDbContextFactory<ScimDbContext> _pool = Pooled(database.Options);

    private static IDbContextFactory<ScimDbContext> Pooled(DbContextOptions<ScimDbContext> options)
    {
        var builder = new DbContextOptionsBuilder<ScimDbContext>(options);
        ScimDbContext.ConfigureStrictQueryWarnings(builder);
        return new PooledDbContextFactory<ScimDbContext>(builder.Options, poolSize: 2);
    }

    private static ScimTenant NewTenant() => new("t" + Guid.NewGuid().ToString("N")[..12]);

    private static ScimQuery Query(string filter, int startIndex = 1, int count = 100) =>
        new() { Filter = ScimFilter.Parse(filter), StartIndex = startIndex, Count = count };

    private static string[] Ids(ScimQueryResult result) => [.. result.Resources.Select(r => r.Id!)];

    [Theory]
    [InlineData("Lookup.User@Example.com", "userName eq \"lookup.user@example.com\"")]
    [InlineData("Lookup.User@Example.com", "USERNAME eq \"LOOKUP.USER@EXAMPLE.COM\"")]
    [InlineData("Lookup.User@Example.com", "urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"Lookup.User@Example.com\"")]
    [InlineData("Ame\u0301lie", "userName eq \"Am\u00C9lie\"")]
    [InlineData("Lookup.User@Example.com", "userName eq \"lookup.user@example.co\"")]
    [InlineData("Lookup.User@Example.com", "userName eq \"\"")]
    public async Task UserName_eq_finds_what_the_general_translation_finds(string stored, string filter)
    {
        var users = new EntityFrameworkScimUserStore(_pool);
        var tenant = NewTenant();
        await users.CreateAsync(tenant, ScimTestResources.User(stored));
        await users.CreateAsync(tenant, ScimTestResources.User("someone.else@example.com"));

        var fast = await users.QueryAsync(tenant, Query(filter));
        // The same comparison twice takes the general translation: the results must agree.
        var general = await users.QueryAsync(tenant, Query($"{filter} and {filter}"));

        Assert.Equal(Ids(general), Ids(fast));
        Assert.Equal(general.TotalResults, fast.TotalResults);
        Assert.Equal(fast.Resources.Count, fast.TotalResults);
    }

    [Fact]
    public async Task The_lookup_presents_the_same_resource_as_a_read_by_id_including_meta()
    {
        var users = new EntityFrameworkScimUserStore(_pool);
        var groups = new EntityFrameworkScimGroupStore(_pool);
        var tenant = NewTenant();
        var created = await users.CreateAsync(tenant, ScimTestResources.User("meta@example.com", null, "Before", true, ("work", "meta@example.com")));
        var replaced = await users.ReplaceAsync(tenant, ScimTestResources.User("meta@example.com", created.Id, "After", false), expectedVersion: null);
        var group = await groups.CreateAsync(tenant, ScimTestResources.Group("Meta Group", null, created.Id!));

        var user = Assert.Single((await users.QueryAsync(tenant, Query("userName eq \"META@example.com\""))).Resources);
        Assert.Equal(await users.GetAsync(tenant, created.Id!), user);
        Assert.Equal(replaced!.Version, user.Version);
        var found = Assert.Single((await groups.QueryAsync(tenant, Query("displayName eq \"meta group\""))).Resources);
        Assert.Equal(await groups.GetAsync(tenant, group.Id!), found);
    }

    [Fact]
    public async Task UserName_eq_never_finds_the_same_name_in_another_tenant()
    {
        var users = new EntityFrameworkScimUserStore(_pool);
        var (a, b, c) = (NewTenant(), NewTenant(), NewTenant());
        var inA = await users.CreateAsync(a, ScimTestResources.User("shared@example.com"));
        var inB = await users.CreateAsync(b, ScimTestResources.User("shared@example.com"));

        for (var round = 0; round < 3; round++)
        {
            Assert.Equal([inA.Id!], Ids(await users.QueryAsync(a, Query("userName eq \"shared@example.com\""))));
            Assert.Equal([inB.Id!], Ids(await users.QueryAsync(b, Query("userName eq \"shared@example.com\""))));
            var none = await users.QueryAsync(c, Query("userName eq \"shared@example.com\""));
            Assert.Empty(none.Resources);
            Assert.Equal(0, none.TotalResults);
        }
    }

    [Fact]
    public async Task UserName_eq_pages_and_counts_like_any_query()
    {
        var users = new EntityFrameworkScimUserStore(_pool);
        var tenant = NewTenant();
        var user = await users.CreateAsync(tenant, ScimTestResources.User("paged@example.com"));

        var one = await users.QueryAsync(tenant, Query("userName eq \"paged@example.com\"", count: 1));
        Assert.Equal([user.Id!], Ids(one));
        Assert.Equal(1, one.TotalResults);

        var beyond = await users.QueryAsync(tenant, Query("userName eq \"paged@example.com\"", startIndex: 2));
        Assert.Empty(beyond.Resources);
        Assert.Equal(1, beyond.TotalResults);

        var none = await users.QueryAsync(tenant, Query("userName eq \"paged@example.com\"", count: 0));
        Assert.Empty(none.Resources);
        Assert.Equal(1, none.TotalResults);
    }

    [Fact]
    public async Task DisplayName_eq_finds_the_group_with_its_members_in_its_tenant_only()
    {
        var users = new EntityFrameworkScimUserStore(_pool);
        var groups = new EntityFrameworkScimGroupStore(_pool);
        var (a, b) = (NewTenant(), NewTenant());
        var member = await users.CreateAsync(a, ScimTestResources.User("member@example.com"));
        var group = await groups.CreateAsync(a, ScimTestResources.Group("Engineering", null, member.Id!));
        await groups.CreateAsync(b, ScimTestResources.Group("Engineering"));

        var found = await groups.QueryAsync(a, Query("displayName eq \"ENGINEERING\""));
        Assert.Equal([group.Id!], Ids(found));
        Assert.Equal(1, found.TotalResults);
        Assert.Equal([member.Id!], ScimTestResources.MemberIds(found.Resources[0]));

        var general = await groups.QueryAsync(a, Query("displayName eq \"ENGINEERING\" and displayName eq \"ENGINEERING\""));
        Assert.Equal(Ids(general), Ids(found));
    }

    [Fact]
    public async Task A_type_error_in_the_lookup_is_still_invalidFilter()
    {
        var users = new EntityFrameworkScimUserStore(_pool);
        var error = await Assert.ThrowsAsync<ScimException>(() => users.QueryAsync(NewTenant(), Query("userName eq true")));
        Assert.Equal(ScimErrorType.InvalidFilter, error.ScimType);
    }

    [Fact]
    public async Task A_returned_pooled_context_has_no_tenant()
    {
        var db = await _pool.CreateDbContextAsync();
        db.TenantId = "somebody";
        await db.DisposeAsync();

        await using var reused = await _pool.CreateDbContextAsync();
        Assert.Null(reused.TenantId);
        Assert.Empty(await reused.Users.ToListAsync());
    }
}

/// <summary>The key lookup on SQLite.</summary>
public sealed class SqliteKeyLookupTests(SqliteDatabaseFixture database) : KeyLookupTests(database), IClassFixture<SqliteDatabaseFixture>;

/// <summary>The key lookup on PostgreSQL.</summary>
public sealed class PostgresKeyLookupTests(PostgresDatabaseFixture database) : KeyLookupTests(database), IClassFixture<PostgresDatabaseFixture>;
