using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Scim.EntityFrameworkCore.Tests;

/// <summary>A SQLite database file in the temp directory (WAL, so parallel tests really run in parallel), deleted afterwards.</summary>
public sealed class SqliteDatabaseFixture : ScimDatabaseFixture
{
    private string? _path;

    public override string ProviderName => "SQLite";

    protected override async Task<DbContextOptions<ScimDbContext>> CreateOptionsAsync()
    {
        _path = Path.Combine(Path.GetTempPath(), "scim-tests-" + Guid.NewGuid().ToString("N") + ".db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = _path, Pooling = true, DefaultTimeout = 60 }.ToString();
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync();
        }

        return new DbContextOptionsBuilder<ScimDbContext>().UseSqlite(connectionString).Options;
    }

    protected override Task DropAsync(DbContextOptions<ScimDbContext> options)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }

        return Task.CompletedTask;
    }
}
