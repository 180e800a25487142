using Scim.Abstractions;
using Scim.Testing;

namespace Scim.EntityFrameworkCore.Tests;

/// <summary>The store contract on SQLite.</summary>
public sealed class SqliteStoreContractTests(SqliteDatabaseFixture database) : ScimStoreContractTests, IClassFixture<SqliteDatabaseFixture>
{
    protected override IScimUserStore Users { get; } = database.Users;

    protected override IScimGroupStore Groups { get; } = database.Groups;
}

/// <summary>The store contract on PostgreSQL.</summary>
public sealed class PostgresStoreContractTests(PostgresDatabaseFixture database) : ScimStoreContractTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override IScimUserStore Users { get; } = database.Users;

    protected override IScimGroupStore Groups { get; } = database.Groups;
}
