using Microsoft.EntityFrameworkCore;
using Scim.Abstractions;
using Scim.Filter;
using Scim.Schema;

namespace Scim.EntityFrameworkCore.Tests;

/// <summary>Each filter construct becomes SQL with parameters, on SQLite; nothing is left for the client.</summary>
public sealed class FilterTranslationTests(SqliteDatabaseFixture database) : IClassFixture<SqliteDatabaseFixture>
{
    private static readonly EntityFilterMap<ScimUserEntity> UserMap = UserStoreMap();

    private static EntityFilterMap<ScimUserEntity> UserStoreMap() =>
        (EntityFilterMap<ScimUserEntity>)typeof(EntityFrameworkScimUserStore)
            .GetField("Map", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;

    private string Sql(string filter)
    {
        using var db = database.Open(ScimTenant.Default);
        return db.Users.Where(EntityFilterTranslator<ScimUserEntity>.Translate(ScimFilter.Parse(filter), UserMap)).ToQueryString();
    }

    [Theory]
    [InlineData("userName eq \"Secret-Value\"", "user_name_key\" = @")]
    [InlineData("userName ne \"Secret-Value\"", "user_name_key\" <> @")]
    [InlineData("displayName co \"Secret-Value\"", "instr(")]
    [InlineData("displayName sw \"Secret-Value\"", "LIKE")]
    [InlineData("displayName ew \"Secret-Value\"", "LIKE")]
    [InlineData("userName gt \"Secret-Value\"", "user_name_key\" > @")]
    [InlineData("userName le \"Secret-Value\"", "user_name_key\" <= @")]
    [InlineData("externalId eq \"Secret-Value\"", "external_id\" = @")]
    [InlineData("meta.lastModified gt \"2020-01-01T00:00:00Z\"", "last_modified\" > @")]
    [InlineData("emails[type eq \"Secret-Value\"]", "EXISTS")]
    [InlineData("emails.value eq \"Secret-Value\"", "EXISTS")]
    [InlineData("emails co \"Secret-Value\"", "EXISTS")]
    [InlineData("not (emails[type eq \"Secret-Value\"])", "NOT EXISTS")]
    public void Comparisons_become_parameterised_sql(string filter, string fragment)
    {
        var sql = Sql(filter);

        Assert.Contains(fragment, sql, StringComparison.Ordinal);
        Assert.Contains("WHERE", sql, StringComparison.Ordinal);
        // The value travels as a parameter: only its declaration (".param set") carries it, never the statement.
        var statement = sql[(sql.IndexOf("SELECT", StringComparison.Ordinal))..];
        Assert.DoesNotContain("secret-value", statement, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("displayName pr", "display_name_key\" IS NOT NULL")]
    [InlineData("active eq true", "\"active\" = @")]
    [InlineData("userName eq \"a\" and displayName eq \"b\"", " AND ")]
    [InlineData("userName eq \"a\" or displayName eq \"b\"", " OR ")]
    [InlineData("displayName eq null", "display_name_key\" IS NULL")]
    public void Presence_booleans_and_logic_become_sql(string filter, string fragment) =>
        Assert.Contains(fragment, Sql(filter), StringComparison.Ordinal);

    [Theory]
    [InlineData("title eq \"x\"")]
    [InlineData("name.familyName eq \"x\"")]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"x\"")]
    [InlineData("emails[nickname eq \"x\"]")]
    public void Attributes_without_a_column_are_400_invalidFilter_not_client_evaluation(string filter)
    {
        var error = Assert.Throws<ScimException>(() => Sql(filter));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimErrorType.InvalidFilter, error.ScimType);
    }

    private static bool HostSideOnly(string value) => value.Length > 3;

    [Fact]
    public async Task A_query_that_needs_client_evaluation_fails_instead_of_loading_rows()
    {
        await using var db = database.Open(ScimTenant.Default);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Users.Where(u => HostSideOnly(u.UserName)).ToListAsync());
    }

    [Fact]
    public async Task Paging_without_an_order_fails_instead_of_returning_an_arbitrary_page()
    {
        await using var db = database.Open(ScimTenant.Default);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Users.Skip(1).Take(1).ToListAsync());
    }

    [Fact]
    public async Task Sorting_by_an_attribute_without_a_column_is_400()
    {
        var error = await Assert.ThrowsAsync<ScimException>(() =>
            database.Users.QueryAsync(ScimTenant.Default, new ScimQuery { SortBy = new AttributePath("title") }));

        Assert.Equal(400, error.Status);
    }
}
