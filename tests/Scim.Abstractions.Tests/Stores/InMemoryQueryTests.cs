using Scim.Filter;
using Scim.Schema;
using Scim.Testing;

namespace Scim.Abstractions.Tests;

/// <summary>The in-memory store filters with the filter package's BoundFilter and sorts through its path resolution.</summary>
public sealed class InMemoryQueryTests
{
    private static async Task<(InMemoryScimDatabase Database, ScimTenant Tenant)> SeedAsync()
    {
        var database = new InMemoryScimDatabase();
        var tenant = new ScimTenant("query");
        await database.Users.CreateAsync(tenant, ScimTestResources.User("BJensen", displayName: "ｂａｂｓ"));
        await database.Users.CreateAsync(tenant, ScimTestResources.User("alice", displayName: "Zed"));
        await database.Users.CreateAsync(tenant, ScimTestResources.User("Carol"));
        return (database, tenant);
    }

    [Fact]
    public async Task Filters_use_the_normalisation_uniqueness_uses()
    {
        var (database, tenant) = await SeedAsync();

        var result = await database.Users.QueryAsync(tenant, new ScimQuery { Filter = ScimFilter.Parse("displayName eq \"BABS\""), Count = 10 });

        Assert.Equal("BJensen", ScimTestResources.UserName(Assert.Single(result.Resources)));
    }

    [Fact]
    public async Task Sorting_orders_normal_forms_with_missing_values_last()
    {
        var (database, tenant) = await SeedAsync();

        var result = await database.Users.QueryAsync(tenant, new ScimQuery { SortBy = new AttributePath("displayName"), Count = 10 });

        Assert.Equal(["BJensen", "alice", "Carol"], result.Resources.Select(ScimTestResources.UserName));
    }

    [Fact]
    public async Task A_filter_on_an_unknown_attribute_is_400_invalidFilter()
    {
        var (database, tenant) = await SeedAsync();

        var error = await Assert.ThrowsAsync<ScimException>(() =>
            database.Users.QueryAsync(tenant, new ScimQuery { Filter = ScimFilter.Parse("shoeSize gt 3"), Count = 10 }));

        Assert.Equal(ScimErrorType.InvalidFilter, error.ScimType);
    }

    [Fact]
    public async Task Sorting_by_an_unknown_attribute_is_400_invalidValue()
    {
        var (database, tenant) = await SeedAsync();

        var error = await Assert.ThrowsAsync<ScimException>(() =>
            database.Users.QueryAsync(tenant, new ScimQuery { SortBy = new AttributePath("shoeSize"), Count = 10 }));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
    }
}
