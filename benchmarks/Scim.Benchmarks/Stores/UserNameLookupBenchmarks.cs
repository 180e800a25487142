using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Scim.Abstractions;
using Scim.EntityFrameworkCore;
using Scim.Filter;
using Scim.Schema;

namespace Scim.Benchmarks.Stores;

/// <summary>
/// Entra's matching query, <c>userName eq "..."</c>, through the EF Core user store on SQLite (2,000 users), against
/// the floor: the same SELECT on a pooled <see cref="SqliteConnection"/> with plain ADO.NET. The store runs on a pooled
/// context factory (as <c>AddEntityFrameworkCoreStores</c> registers it) and on a plain factory, with the compiled key
/// lookup and with the general filter translation (<c>userName eq X and userName eq X</c>, same rows).
/// </summary>
[MemoryDiagnoser]
public class UserNameLookupBenchmarks
{
    private const int Users = 2_000;
    private const string UserName = "user01000@example.com";
    private static readonly ScimTenant Tenant = new("bench");
    private readonly ScimQuery _lookup = new() { Filter = ScimFilter.Parse($"userName eq \"{UserName}\"") };
    private readonly ScimQuery _general = new() { Filter = ScimFilter.Parse($"userName eq \"{UserName}\" and userName eq \"{UserName}\"") };
    private string _path = string.Empty;
    private string _connectionString = string.Empty;
    private EntityFrameworkScimUserStore _pooled = null!;
    private EntityFrameworkScimUserStore _unpooled = null!;

    /// <summary>Creates the database, seeds the users and checks that every variant finds the one user.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "scim-bench-lookup-" + Guid.NewGuid().ToString("N") + ".db");
        _connectionString = "Data Source=" + _path;
        var options = new DbContextOptionsBuilder<ScimDbContext>().UseSqlite(_connectionString);
        using (var db = new ScimDbContext(options.Options))
        {
            db.Database.Migrate();
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }

        _unpooled = new EntityFrameworkScimUserStore(new Factory(options.Options));
        ScimDbContext.ConfigureStrictQueryWarnings(options);
        _pooled = new EntityFrameworkScimUserStore(new PooledDbContextFactory<ScimDbContext>(options.Options));
        Parallel.For(0, Users, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            _unpooled.CreateAsync(Tenant, User(string.Create(CultureInfo.InvariantCulture, $"user{i:D5}@example.com"))).GetAwaiter().GetResult());

        foreach (var found in new[] { Lookup().Result, General().Result, LookupUnpooled().Result })
        {
            if (found.TotalResults != 1 || (found.Resources[0]["userName"] as ScimString)?.Value != UserName)
            {
                throw new InvalidOperationException("Every variant must find exactly the one user.");
            }
        }

        if (AdoNet().Result?.Contains(UserName, StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException("The ADO.NET floor must read the user's document.");
        }
    }

    /// <summary>Deletes the database.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    /// <summary>The floor: the same SELECT with plain ADO.NET on a pooled connection, the document read as a string.</summary>
    [Benchmark(Baseline = true, Description = "floor: same SELECT, plain ADO.NET")]
    public async Task<string?> AdoNet()
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT tenant, id, active, created, display_name, display_name_key, document, external_id, last_modified, user_name, user_name_key, version
            FROM scim_users WHERE tenant = $t AND user_name_key = $k ORDER BY created, id LIMIT 100 OFFSET 0
            """;
        command.Parameters.AddWithValue("$t", Tenant.Id);
        command.Parameters.AddWithValue("$k", UserName);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? reader.GetString(6) : null;
    }

    /// <summary>The store, pooled contexts, compiled key lookup (what the server runs).</summary>
    [Benchmark(Description = "store: pooled, compiled userName lookup")]
    public Task<ScimQueryResult> Lookup() => _pooled.QueryAsync(Tenant, _lookup);

    /// <summary>The store, pooled contexts, general filter translation.</summary>
    [Benchmark(Description = "store: pooled, general translation")]
    public Task<ScimQueryResult> General() => _pooled.QueryAsync(Tenant, _general);

    /// <summary>The store with a new (unpooled) context per operation.</summary>
    [Benchmark(Description = "store: unpooled, compiled userName lookup")]
    public Task<ScimQueryResult> LookupUnpooled() => _unpooled.QueryAsync(Tenant, _lookup);

    private static ScimResource User(string userName) => new(CoreSchemas.UserResourceType, ScimComplex.Create(
        ("userName", new ScimString(userName)),
        ("displayName", new ScimString("A User")),
        ("active", ScimBoolean.True),
        ("emails", ScimMultiValue.Create([ScimComplex.Create(("type", new ScimString("work")), ("value", new ScimString(userName)), ("primary", ScimBoolean.True))]))));

    private sealed class Factory(DbContextOptions<ScimDbContext> options) : IDbContextFactory<ScimDbContext>
    {
        public ScimDbContext CreateDbContext() => new(options);
    }
}
