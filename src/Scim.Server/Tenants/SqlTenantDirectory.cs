using System.Data.Common;

namespace Scim.Server.Tenants;

/// <summary>
/// Tenants in a <c>scim_tenants</c> table of the server's database (SQLite or PostgreSQL), through plain
/// parameterised ADO.NET so that both providers share one small piece of portable SQL.
/// </summary>
internal sealed class SqlTenantDirectory(Func<DbConnection> connectionFactory, TimeProvider time) : ITenantDirectory
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS scim_tenants (
                account_id VARCHAR(64) NOT NULL PRIMARY KEY,
                token_sha256 VARCHAR(64) NOT NULL,
                created_at VARCHAR(40) NOT NULL,
                token_rotated_at VARCHAR(40) NOT NULL)
            """, [], cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> ValidateAsync(string accountId, string token, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "SELECT token_sha256 FROM scim_tenants WHERE account_id = @a", [("a", accountId)]);
        var stored = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        return stored is not null && TenantToken.Matches(token, Convert.FromHexString(stored));
    }

    public async Task<bool> AddAsync(string accountId, string token, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var now = Now();
        var inserted = await ExecuteAsync(connection,
            "INSERT INTO scim_tenants (account_id, token_sha256, created_at, token_rotated_at) VALUES (@a, @h, @n, @n) ON CONFLICT (account_id) DO NOTHING",
            [("a", accountId), ("h", Convert.ToHexString(TenantToken.Hash(token))), ("n", now)], cancellationToken).ConfigureAwait(false);
        return inserted == 1;
    }

    public async Task<bool> SetTokenAsync(string accountId, string token, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var updated = await ExecuteAsync(connection,
            "UPDATE scim_tenants SET token_sha256 = @h, token_rotated_at = @n WHERE account_id = @a",
            [("a", accountId), ("h", Convert.ToHexString(TenantToken.Hash(token))), ("n", Now())], cancellationToken).ConfigureAwait(false);
        return updated == 1;
    }

    public async Task<bool> RemoveAsync(string accountId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection, "DELETE FROM scim_tenants WHERE account_id = @a", [("a", accountId)], cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<IReadOnlyList<TenantRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "SELECT account_id, created_at, token_rotated_at FROM scim_tenants ORDER BY account_id", []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<TenantRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new TenantRecord(reader.GetString(0), Parse(reader.GetString(1)), Parse(reader.GetString(2))));
        }

        return list;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = connectionFactory();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static DbCommand Command(DbConnection connection, string sql, (string Name, string Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, string sql, (string Name, string Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private string Now() => time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind);
}
