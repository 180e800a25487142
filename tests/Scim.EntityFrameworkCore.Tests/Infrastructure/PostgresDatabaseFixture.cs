using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Scim.EntityFrameworkCore.Tests;

/// <summary>
/// A fresh PostgreSQL database per test class, named after a GUID, dropped afterwards. The server comes from
/// <c>SCIM_TEST_POSTGRES</c> (default: the one <c>tests/postgres/start-postgres.sh</c> starts). An unreachable server
/// fails the tests: they are never skipped.
/// </summary>
public sealed class PostgresDatabaseFixture : ScimDatabaseFixture
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=scim;Password=scim;Database=scim_tests";

    public override string ProviderName => "PostgreSQL";

    public static string BaseConnectionString =>
        Environment.GetEnvironmentVariable("SCIM_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultConnectionString;

    protected override async Task<DbContextOptions<ScimDbContext>> CreateOptionsAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(BaseConnectionString);
        builder.Database = (builder.Database ?? "scim_tests") + "_" + Guid.NewGuid().ToString("N")[..12];
        builder.MaxPoolSize = 100;
        var maintenance = new NpgsqlConnectionStringBuilder(BaseConnectionString) { Database = "postgres", Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(maintenance.ToString());
            await connection.OpenAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable at {maintenance.Host}:{maintenance.Port} as '{maintenance.Username}'. " +
                "Start it with tests/postgres/start-postgres.sh, or point SCIM_TEST_POSTGRES at a server. These tests are never skipped.", ex);
        }

        return new DbContextOptionsBuilder<ScimDbContext>().UseNpgsql(builder.ToString()).Options;
    }

    protected override async Task DropAsync(DbContextOptions<ScimDbContext> options)
    {
        NpgsqlConnection.ClearAllPools();
        await using var db = new ScimDbContext(options);
        await db.Database.EnsureDeletedAsync();
    }
}
