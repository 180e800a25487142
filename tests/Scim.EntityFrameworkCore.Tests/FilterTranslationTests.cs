using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Scim.Abstractions;
using Scim.Filter;
using Scim.Schema;
using Scim.Testing;

namespace Scim.EntityFrameworkCore.Tests;

/// <summary>
/// Each filter construct, translated by the filter package through the stores' <see cref="FilterMapping{TEntity}"/>,
/// runs as SQL with parameters on the real provider; nothing is left for the client (client evaluation throws).
/// </summary>
public abstract class FilterTranslationTests(ScimDatabaseFixture database)
{
    private static FilterMapping<TEntity> StoreMapping<TStore, TEntity>() =>
        (FilterMapping<TEntity>)typeof(TStore)
            .GetField("Map", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;

    private static readonly FilterMapping<ScimUserEntity> UserMapping = StoreMapping<EntityFrameworkScimUserStore, ScimUserEntity>();

    private static readonly FilterMapping<ScimGroupEntity> GroupMapping = StoreMapping<EntityFrameworkScimGroupStore, ScimGroupEntity>();

    private static Expression<Func<ScimUserEntity, bool>> UserPredicate(string filter) =>
        UserMapping.Translate(ScimFilter.Bind(ScimFilter.Parse(filter), CoreSchemas.UserResourceType));

    /// <summary>Runs the query (so the provider must translate all of it) and returns its SQL.</summary>
    private async Task<string> UserSqlAsync(string filter)
    {
        await using var db = database.Open(ScimTenant.Default);
        var query = db.Users.Where(UserPredicate(filter));
        await query.ToListAsync();
        // Quoting differs by provider (SQLite quotes every identifier, Npgsql only where needed).
        return query.ToQueryString().Replace("\"", string.Empty, StringComparison.Ordinal);
    }

    private async Task<string> GroupSqlAsync(string filter)
    {
        await using var db = database.Open(ScimTenant.Default);
        var query = db.Groups.Where(GroupMapping.Translate(ScimFilter.Bind(ScimFilter.Parse(filter), CoreSchemas.GroupResourceType)));
        await query.ToListAsync();
        // Quoting differs by provider (SQLite quotes every identifier, Npgsql only where needed).
        return query.ToQueryString().Replace("\"", string.Empty, StringComparison.Ordinal);
    }

    private static string Statement(string sql) => sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..];

    [Theory]
    [InlineData("userName eq \"Secret-Value\"", "user_name_key = @")]
    [InlineData("userName ne \"Secret-Value\"", "user_name_key <> @")]
    [InlineData("userName gt \"Secret-Value\"", "user_name_key > @")]
    [InlineData("userName le \"Secret-Value\"", "user_name_key <= @")]
    [InlineData("displayName ge \"Secret-Value\"", "display_name_key >= @")]
    [InlineData("externalId eq \"Secret-Value\"", "external_id = @")]
    [InlineData("externalId lt \"Secret-Value\"", "external_id < @")]
    [InlineData("id sw \"Secret-Value\"", "LIKE")]
    [InlineData("displayName sw \"Secret-Value\"", "LIKE")]
    [InlineData("displayName ew \"Secret-Value\"", "LIKE")]
    [InlineData("meta.lastModified gt \"2020-01-01T00:00:00Z\"", "last_modified > @")]
    [InlineData("meta.created le \"2020-01-01T00:00:00Z\"", "created <= @")]
    [InlineData("emails[type eq \"Secret-Value\"]", "EXISTS")]
    [InlineData("emails[type eq \"Secret-Value\" and value co \"Secret-Value\"]", "EXISTS")]
    [InlineData("emails.value eq \"Secret-Value\"", "EXISTS")]
    [InlineData("emails co \"Secret-Value\"", "EXISTS")]
    [InlineData("emails[primary eq \"True\"]", "EXISTS")]
    [InlineData("not (emails[type eq \"Secret-Value\"])", "NOT")]
    public async Task Comparisons_become_parameterised_sql(string filter, string fragment)
    {
        var sql = await UserSqlAsync(filter);

        Assert.Contains(fragment, sql, StringComparison.Ordinal);
        Assert.Contains("WHERE", sql, StringComparison.Ordinal);
        // The value travels as a parameter: only its declaration carries it, never the statement.
        Assert.DoesNotContain("secret-value", Statement(sql), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("displayName co \"Secret-Value\"")]
    [InlineData("emails.value ew \"Secret-Value\"")]
    [InlineData("not (userName sw \"Secret-Value\")")]
    public async Task Substring_operators_become_sql(string filter) =>
        Assert.DoesNotContain("secret-value", Statement(await UserSqlAsync(filter)), StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("displayName pr", "display_name IS NOT NULL")]
    [InlineData("emails pr", "EXISTS")]
    [InlineData("emails.type pr", "type_key IS NOT NULL")]
    [InlineData("active eq true", "active = @")]
    [InlineData("userName eq \"a\" and displayName eq \"b\"", " AND ")]
    [InlineData("userName eq \"a\" or displayName eq \"b\"", " OR ")]
    [InlineData("displayName eq null", "display_name IS NULL")]
    public async Task Presence_booleans_and_logic_become_sql(string filter, string fragment) =>
        Assert.Contains(fragment, await UserSqlAsync(filter), StringComparison.Ordinal);

    [Theory]
    [InlineData("members[value eq \"Secret-Value\"]", "lower(")]
    [InlineData("members.display co \"Secret-Value\"", "lower(")]
    [InlineData("members[type eq \"User\" and not (value eq \"Secret-Value\")]", "EXISTS")]
    [InlineData("members pr", "EXISTS")]
    [InlineData("displayName eq \"Secret-Value\" and meta.created lt \"2030-01-01T00:00:00Z\"", "created < @")]
    public async Task Group_member_filters_become_sql(string filter, string fragment)
    {
        var sql = await GroupSqlAsync(filter);

        Assert.Contains(fragment, sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret-value", Statement(sql), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("title eq \"x\"")]
    [InlineData("name.familyName eq \"x\"")]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"x\"")]
    [InlineData("emails[display eq \"x\"] and phoneNumbers pr")]
    [InlineData("emails[nickname eq \"x\"]")]
    public async Task Attributes_without_a_column_are_400_invalidFilter_not_client_evaluation(string filter)
    {
        var error = await Assert.ThrowsAsync<ScimException>(() => UserSqlAsync(filter));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimErrorType.InvalidFilter, error.ScimType);
    }

    [Theory]
    [InlineData("userName co \"%\"", new[] { "pct%sign" })]
    [InlineData("userName co \"_\"", new[] { "under_score" })]
    [InlineData("userName sw \"pct%\"", new[] { "pct%sign" })]
    [InlineData("userName ew \"_score\"", new[] { "under_score" })]
    [InlineData("emails.value co \"%\"", new[] { "pct%sign" })]
    [InlineData("emails[value sw \"a_\"]", new[] { "under_score" })]
    public async Task Like_wildcards_in_values_match_literally(string filter, string[] expected)
    {
        var tenant = new ScimTenant("wildcards-" + Guid.NewGuid().ToString("N"));
        await database.Users.CreateAsync(tenant, ScimTestResources.User("pct%sign", emails: ("work", "x%y@example.com")));
        await database.Users.CreateAsync(tenant, ScimTestResources.User("under_score", emails: ("work", "a_b@example.com")));
        await database.Users.CreateAsync(tenant, ScimTestResources.User("plain", emails: ("work", "axb@example.com")));

        var result = await database.Users.QueryAsync(tenant, new ScimQuery { Filter = ScimFilter.Parse(filter), Count = 10 });

        Assert.Equal(expected, result.Resources.Select(ScimTestResources.UserName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Case_and_width_variants_match_under_the_one_normalisation_rule()
    {
        var tenant = new ScimTenant("normal-" + Guid.NewGuid().ToString("N"));
        await database.Users.CreateAsync(tenant, ScimTestResources.User("BJensen", displayName: "Ｂａｂｓ Jensen", emails: ("Work", "BJensen@Example.com")));

        foreach (var filter in new[] { "userName eq \"ｂｊｅｎｓｅｎ\"", "displayName sw \"babs\"", "emails[type eq \"WORK\" and value eq \"bjensen@example.COM\"]" })
        {
            var result = await database.Users.QueryAsync(tenant, new ScimQuery { Filter = ScimFilter.Parse(filter), Count = 10 });
            Assert.Equal(1, result.TotalResults);
        }
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

    [Theory]
    [InlineData("title")]
    [InlineData("emails")]
    [InlineData("active")]
    public async Task Sorting_by_an_attribute_without_a_text_or_time_column_is_400(string attribute)
    {
        var error = await Assert.ThrowsAsync<ScimException>(() =>
            database.Users.QueryAsync(ScimTenant.Default, new ScimQuery { SortBy = new AttributePath(attribute) }));

        Assert.Equal(400, error.Status);
    }
}

public sealed class SqliteFilterTranslationTests(SqliteDatabaseFixture database) : FilterTranslationTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresFilterTranslationTests(PostgresDatabaseFixture database) : FilterTranslationTests(database), IClassFixture<PostgresDatabaseFixture>;
