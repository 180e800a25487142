using System.Globalization;
using Scim.Abstractions;
using Scim.Filter;
using Scim.Schema;
using Scim.Testing;

namespace Scim.EntityFrameworkCore.Tests;

/// <summary>
/// In-memory evaluation agrees with the SQL translation: a fixed generated set of users (case and Unicode variants,
/// missing values, several e-mails) is stored in both, and a few hundred generated filters select the same users.
/// </summary>
public abstract class FilterAgreementTests(ScimDatabaseFixture database)
{
    private static readonly string[] Words = ["alice", "ALICE", "Bob", "bób", "carol", "ｃａｒｏｌ", "dave", "Eve", "x", "", "straße", "STRASSE", "a%", "_b", "ı", "İ"];
    private static readonly string[] Types = ["work", "home", "Work", "other"];

    private static IReadOnlyList<ScimResource> Dataset()
    {
        var random = new Random(7643);
        var users = new List<ScimResource>();
        for (var i = 0; i < 40; i++)
        {
            var name = Words[random.Next(Words.Length)];
            var emails = Enumerable.Range(0, random.Next(3))
                .Select(_ => (Types[random.Next(Types.Length)], Words[random.Next(Words.Length)] + "@" + (random.Next(2) == 0 ? "example.com" : "Example.ORG")))
                .ToArray();
            bool? active = random.Next(3) switch { 0 => null, 1 => true, _ => false };
            var displayName = random.Next(4) == 0 ? null : Words[random.Next(Words.Length)] + " " + Words[random.Next(Words.Length)];
            users.Add(ScimTestResources.User("user" + i.ToString("D2", CultureInfo.InvariantCulture) + name, displayName: displayName, active: active, emails: emails));
        }

        return users;
    }

    private static IEnumerable<string> Filters()
    {
        var random = new Random(7644);
        string[] ops = ["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"];
        string Value() => "\"" + Words[random.Next(Words.Length)] + "\"";
        string Leaf() => random.Next(9) switch
        {
            0 => $"userName {ops[random.Next(ops.Length)]} {Value()}",
            1 => $"displayName {ops[random.Next(ops.Length)]} {Value()}",
            2 => random.Next(2) == 0 ? "displayName pr" : "emails pr",
            3 => $"active {(random.Next(2) == 0 ? "eq" : "ne")} {(random.Next(2) == 0 ? "true" : "false")}",
            4 => $"emails.value {ops[random.Next(ops.Length)]} {Value()}",
            5 => $"emails[type eq \"{Types[random.Next(Types.Length)]}\" and value {ops[random.Next(ops.Length)]} {Value()}]",
            6 => $"emails {ops[random.Next(5)]} {Value()}",
            7 => $"displayName {(random.Next(2) == 0 ? "eq" : "ne")} null",
            _ => $"emails[type {ops[random.Next(ops.Length)]} \"{Types[random.Next(Types.Length)]}\"]",
        };
        string Tree(int depth) => depth == 0 || random.Next(3) == 0
            ? Leaf()
            : random.Next(3) switch
            {
                0 => $"({Tree(depth - 1)}) and ({Tree(depth - 1)})",
                1 => $"({Tree(depth - 1)}) or ({Tree(depth - 1)})",
                _ => $"not ({Tree(depth - 1)})",
            };
        for (var i = 0; i < 250; i++)
        {
            yield return Tree(3);
        }
    }

    [Fact]
    public async Task In_memory_evaluation_and_sql_select_the_same_users()
    {
        var tenant = new ScimTenant("agreement-" + Guid.NewGuid().ToString("N"));
        var memory = new InMemoryScimDatabase();
        foreach (var user in Dataset())
        {
            await memory.Users.CreateAsync(tenant, user);
            await database.Users.CreateAsync(tenant, user);
        }

        var checkedFilters = 0;
        foreach (var text in Filters())
        {
            var query = new ScimQuery { Filter = ScimFilter.Parse(text), Count = 1000, SortBy = new AttributePath("userName") };
            var expected = (await memory.Users.QueryAsync(tenant, query)).Resources.Select(ScimTestResources.UserName).Order(StringComparer.Ordinal);
            var actual = (await database.Users.QueryAsync(tenant, query)).Resources.Select(ScimTestResources.UserName).Order(StringComparer.Ordinal);
            Assert.True(expected.SequenceEqual(actual), $"{database.ProviderName} disagrees with in-memory evaluation on: {text}");
            checkedFilters++;
        }

        Assert.Equal(250, checkedFilters);
    }
}

public sealed class SqliteFilterAgreementTests(SqliteDatabaseFixture database) : FilterAgreementTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresFilterAgreementTests(PostgresDatabaseFixture database) : FilterAgreementTests(database), IClassFixture<PostgresDatabaseFixture>;
