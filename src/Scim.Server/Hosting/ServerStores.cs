using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Scim.Abstractions;
using Scim.EntityFrameworkCore;
using Scim.Server.Tenants;

namespace Scim.Server.Hosting;

/// <summary>
/// Chooses the stores from <c>Scim:Store</c>: <c>sqlite</c> (default; <c>ConnectionStrings:Scim</c>, else a
/// <c>scim.db</c> file in the working directory), <c>postgres</c> (<c>ConnectionStrings:Scim</c> required) or
/// <c>memory</c> (nothing survives a restart). The tenant directory lives in the same database.
/// </summary>
internal static class ServerStores
{
    public const string DefaultSqliteConnectionString = "Data Source=scim.db";

    public static void Configure(WebApplicationBuilder builder, ScimBuilder scim, string store)
    {
        var connectionString = builder.Configuration.GetConnectionString("Scim");
        switch (store.Trim().ToUpperInvariant())
        {
            case "MEMORY":
                scim.UseInMemoryStores();
                builder.Services.AddSingleton<ITenantDirectory, InMemoryTenantDirectory>();
                break;
            case "SQLITE":
                var sqlite = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnectionString : connectionString;
                scim.AddEntityFrameworkCoreStores(options => options.UseSqlite(sqlite));
                builder.Services.AddSingleton<ITenantDirectory>(sp => new SqlTenantDirectory(() => new SqliteConnection(sqlite), sp.GetRequiredService<TimeProvider>()));
                builder.Services.AddSingleton(new DatabaseKind(DatabaseProvider.Sqlite, sqlite));
                break;
            case "POSTGRES" or "POSTGRESQL":
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Scim:Store=postgres needs ConnectionStrings:Scim (environment ConnectionStrings__Scim).");
                }

                var dataSource = NpgsqlDataSource.Create(connectionString);
                builder.Services.AddSingleton(dataSource);
                scim.AddEntityFrameworkCoreStores(options => options.UseNpgsql(dataSource));
                builder.Services.AddSingleton<ITenantDirectory>(sp => new SqlTenantDirectory(dataSource.CreateConnection, sp.GetRequiredService<TimeProvider>()));
                builder.Services.AddSingleton(new DatabaseKind(DatabaseProvider.Postgres, connectionString));
                break;
            default:
                throw new InvalidOperationException($"Scim:Store must be 'sqlite', 'postgres' or 'memory', not '{store}'.");
        }
    }

    /// <summary>Brings the database schema up to date (EF Core migrations); SQLite also switches to WAL so readers never wait for writers.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var kind = services.GetService<DatabaseKind>();
        if (kind is null)
        {
            return;
        }

        if (kind.Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(kind.ConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await services.MigrateScimDatabaseAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The database the server runs on.</summary>
    internal sealed record DatabaseKind(DatabaseProvider Provider, string ConnectionString);

    /// <summary>The relational providers the server supports.</summary>
    internal enum DatabaseProvider
    {
        Sqlite,
        Postgres,
    }
}
