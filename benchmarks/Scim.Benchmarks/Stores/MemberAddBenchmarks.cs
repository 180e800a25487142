using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Scim.Abstractions;
using Scim.EntityFrameworkCore;
using Scim.Patch;
using Scim.Schema;

namespace Scim.Benchmarks.Stores;

/// <summary>
/// One member add (a PATCH delta) on groups of 100, 10,000 and 100,000 members, through the EF Core group store.
/// The cost must not grow with the group: the add is one row insert plus a version bump, never a member-list load.
/// PostgreSQL runs when <c>SCIM_TEST_POSTGRES</c> (or the default local server) answers.
/// </summary>
[MemoryDiagnoser]
public class MemberAddBenchmarks
{
    private static readonly ScimTenant Tenant = new("bench");
    private readonly Dictionary<int, ScimResource> _groups = [];
    private EntityFrameworkScimGroupStore _store = null!;
    private DbContextOptions<ScimDbContext> _options = null!;
    private string? _sqlitePath;
    private long _next;

    /// <summary>The database.</summary>
    [Params("SQLite", "PostgreSQL")]
    public string Provider { get; set; } = "SQLite";

    /// <summary>Creates the database and the three groups, and checks their sizes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        if (Provider == "SQLite")
        {
            _sqlitePath = Path.Combine(Path.GetTempPath(), "scim-bench-" + Guid.NewGuid().ToString("N") + ".db");
            _options = new DbContextOptionsBuilder<ScimDbContext>().UseSqlite("Data Source=" + _sqlitePath).Options;
        }
        else
        {
            var builder = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("SCIM_TEST_POSTGRES") is { Length: > 0 } cs
                ? cs
                : "Host=127.0.0.1;Port=5432;Username=scim;Password=scim;Database=scim_tests");
            builder.Database = "scim_bench_" + Guid.NewGuid().ToString("N")[..8];
            _options = new DbContextOptionsBuilder<ScimDbContext>().UseNpgsql(builder.ToString()).Options;
        }

        using (var db = new ScimDbContext(_options))
        {
            db.Database.Migrate();
            if (Provider == "SQLite")
            {
                db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
            }
        }

        _store = new EntityFrameworkScimGroupStore(new Factory(_options));
        foreach (var size in new[] { 100, 10_000, 100_000 })
        {
            var group = _store.CreateAsync(Tenant, new ScimResource(CoreSchemas.GroupResourceType, ScimComplex.Create(("displayName", new ScimString("Group " + size.ToString(CultureInfo.InvariantCulture)))))).GetAwaiter().GetResult();
            var members = Enumerable.Range(0, size).Select(i => Member("seed-" + i.ToString(CultureInfo.InvariantCulture))).ToArray();
            _store.ApplyPatchAsync(Tenant, Delta(group, members), null).GetAwaiter().GetResult();
            using var db = new ScimDbContext(_options) { TenantId = Tenant.Id };
            var count = db.GroupMembers.Count(m => m.GroupId == group.Id);
            if (count != size)
            {
                throw new InvalidOperationException($"The group of {size} has {count} members.");
            }

            _groups[size] = group;
        }
    }

    /// <summary>Drops the database.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        using (var db = new ScimDbContext(_options))
        {
            if (Provider != "SQLite")
            {
                NpgsqlConnection.ClearAllPools();
                db.Database.EnsureDeleted();
            }
        }

        if (_sqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_sqlitePath);
        }
    }

    /// <summary>Adds one member to a group of 100.</summary>
    [Benchmark(Baseline = true)]
    public Task<ScimResource?> AddMemberTo100() => Add(100);

    /// <summary>Adds one member to a group of 10,000.</summary>
    [Benchmark]
    public Task<ScimResource?> AddMemberTo10000() => Add(10_000);

    /// <summary>Adds one member to a group of 100,000.</summary>
    [Benchmark]
    public Task<ScimResource?> AddMemberTo100000() => Add(100_000);

    private Task<ScimResource?> Add(int size) =>
        _store.ApplyPatchAsync(Tenant, Delta(_groups[size], [Member("new-" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture))]), null);

    private static ScimComplex Member(string id) => ScimComplex.Create(("value", new ScimString(id)), ("type", new ScimString("User")));

    private static PatchResult Delta(ScimResource group, ScimComplex[] added) =>
        new(group.With("meta", null), new ScimChangeSet([], [new MultiValuedAttributeDelta("members", false, [], added)]));

    private sealed class Factory(DbContextOptions<ScimDbContext> options) : IDbContextFactory<ScimDbContext>
    {
        public ScimDbContext CreateDbContext() => new(options);
    }
}
