using System.Collections.Concurrent;

namespace Scim.Server.Tenants;

/// <summary>Tenants kept in memory, for <c>Scim:Store=memory</c>.</summary>
internal sealed class InMemoryTenantDirectory(TimeProvider time) : ITenantDirectory
{
    private readonly ConcurrentDictionary<string, (byte[] Hash, TenantRecord Record)> _tenants = new(StringComparer.Ordinal);

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> ValidateAsync(string accountId, string token, CancellationToken cancellationToken) =>
        Task.FromResult(_tenants.TryGetValue(accountId, out var entry) && TenantToken.Matches(token, entry.Hash));

    public Task<bool> AddAsync(string accountId, string token, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return Task.FromResult(_tenants.TryAdd(accountId, (TenantToken.Hash(token), new TenantRecord(accountId, now, now))));
    }

    public Task<bool> SetTokenAsync(string accountId, string token, CancellationToken cancellationToken)
    {
        while (_tenants.TryGetValue(accountId, out var entry))
        {
            var updated = (TenantToken.Hash(token), entry.Record with { TokenRotatedAt = time.GetUtcNow() });
            if (_tenants.TryUpdate(accountId, updated, entry))
            {
                return Task.FromResult(true);
            }
        }

        return Task.FromResult(false);
    }

    public Task<bool> RemoveAsync(string accountId, CancellationToken cancellationToken) =>
        Task.FromResult(_tenants.TryRemove(accountId, out _));

    public Task<IReadOnlyList<TenantRecord>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TenantRecord>>([.. _tenants.Values.Select(v => v.Record).OrderBy(r => r.AccountId, StringComparer.Ordinal)]);
}
