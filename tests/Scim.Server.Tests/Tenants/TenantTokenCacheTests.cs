using Scim.Abstractions;
using Scim.Server.Tenants;

namespace Scim.Server.Tests;

/// <summary>The short-lived cache of successful token validations (<c>Scim:TokenCacheSeconds</c>).</summary>
public sealed class TenantTokenCacheTests
{
    private const string Token = "a-valid-token-0123456789abcdef";

    [Fact]
    public void A_remembered_token_is_known_until_the_lifetime_has_passed()
    {
        var clock = new ManualClock();
        var cache = new TenantTokenCache(TimeSpan.FromSeconds(5), clock);
        cache.RememberValid("acme", Token);

        clock.Advance(TimeSpan.FromSeconds(4.9));
        Assert.True(cache.IsKnownValid("acme", Token));
        clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.False(cache.IsKnownValid("acme", Token));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void A_token_is_known_only_for_the_tenant_it_validated_for_and_only_exactly()
    {
        var cache = new TenantTokenCache(TimeSpan.FromSeconds(5), new ManualClock());
        cache.RememberValid("acme", Token);

        Assert.False(cache.IsKnownValid("initech", Token));
        Assert.False(cache.IsKnownValid("acme", Token + "x"));
        Assert.False(cache.IsKnownValid("acme", Token[..^1]));
        Assert.False(cache.IsKnownValid("ACME", Token));
    }

    [Fact]
    public void A_zero_lifetime_remembers_nothing()
    {
        var cache = new TenantTokenCache(TimeSpan.Zero, new ManualClock());
        cache.RememberValid("acme", Token);

        Assert.False(cache.Enabled);
        Assert.False(cache.IsKnownValid("acme", Token));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void The_number_of_remembered_tokens_is_bounded()
    {
        var cache = new TenantTokenCache(TimeSpan.FromMinutes(1), new ManualClock());
        for (var i = 0; i <= TenantTokenCache.MaxEntries * 2; i++)
        {
            cache.RememberValid("acme", Token + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(cache.Count <= TenantTokenCache.MaxEntries);
        }

        Assert.True(cache.IsKnownValid("acme", Token + (TenantTokenCache.MaxEntries * 2).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task The_validator_reads_the_directory_once_per_lifetime_for_a_valid_token_and_every_time_for_a_rejected_one()
    {
        var clock = new ManualClock();
        var directory = new CountingDirectory(new InMemoryTenantDirectory(clock));
        Assert.True(await directory.AddAsync("acme", Token, CancellationToken.None));
        var validator = new TenantTokenValidator(directory, new TenantTokenCache(TimeSpan.FromSeconds(5), clock));
        var acme = new ScimTenant("acme");

        for (var i = 0; i < 3; i++)
        {
            Assert.True(await validator.ValidateAsync(acme, Token));
            Assert.False(await validator.ValidateAsync(acme, "wrong-token-0123456789abcdef"));
        }

        Assert.Equal(1 + 3, directory.Validations);

        // The token is rotated elsewhere: accepted from the cache until the lifetime has passed, then refused.
        Assert.True(await directory.SetTokenAsync("acme", "rotated-token-0123456789abcdef", CancellationToken.None));
        Assert.True(await validator.ValidateAsync(acme, Token));
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.False(await validator.ValidateAsync(acme, Token));
        Assert.False(await validator.ValidateAsync(acme, Token));
        Assert.True(await validator.ValidateAsync(acme, "rotated-token-0123456789abcdef"));
    }

    [Fact]
    public async Task The_validator_refuses_an_empty_token_and_an_invalid_account_without_reading_the_directory()
    {
        var clock = new ManualClock();
        var directory = new CountingDirectory(new InMemoryTenantDirectory(clock));
        var validator = new TenantTokenValidator(directory, new TenantTokenCache(TimeSpan.FromSeconds(5), clock));

        Assert.False(await validator.ValidateAsync(new ScimTenant("acme"), string.Empty));
        Assert.False(await validator.ValidateAsync(new ScimTenant("not/valid"), Token));
        Assert.Equal(0, directory.Validations);
    }

    private sealed class CountingDirectory(ITenantDirectory inner) : ITenantDirectory
    {
        public int Validations { get; private set; }

        public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

        public Task<bool> ValidateAsync(string accountId, string token, CancellationToken cancellationToken)
        {
            Validations++;
            return inner.ValidateAsync(accountId, token, cancellationToken);
        }

        public Task<bool> AddAsync(string accountId, string token, CancellationToken cancellationToken) => inner.AddAsync(accountId, token, cancellationToken);

        public Task<bool> SetTokenAsync(string accountId, string token, CancellationToken cancellationToken) => inner.SetTokenAsync(accountId, token, cancellationToken);

        public Task<bool> RemoveAsync(string accountId, CancellationToken cancellationToken) => inner.RemoveAsync(accountId, cancellationToken);

        public Task<IReadOnlyList<TenantRecord>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);
    }
}
