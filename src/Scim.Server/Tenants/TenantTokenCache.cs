using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Scim.Server.Tenants;

/// <summary>
/// Remembers, for a short configurable time (<c>Scim:TokenCacheSeconds</c>), that a token was valid for a tenant, so
/// that a busy tenant's requests do not each read the tenant directory. Only successful validations are kept, keyed by
/// the account id and the token's SHA-256 (never the token itself); a rejected token always goes to the directory.
/// The trade-off: a token rotated or removed by another process (the admin command line, another server instance)
/// stays accepted by this process for at most the cache time. The number of entries is bounded.
/// </summary>
internal sealed class TenantTokenCache
{
    /// <summary>At most this many (tenant, token) pairs are remembered; when full, the cache starts again empty.</summary>
    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<Key, DateTimeOffset> _validUntil = new();
    private readonly TimeProvider _clock;
    private readonly TimeSpan _lifetime;

    public TenantTokenCache(TimeSpan lifetime, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lifetime, TimeSpan.Zero);
        _lifetime = lifetime;
        _clock = clock;
    }

    /// <summary>Whether validations are remembered at all (a lifetime of zero turns the cache off).</summary>
    public bool Enabled => _lifetime > TimeSpan.Zero;

    /// <summary>How many pairs are remembered now (expired ones included until they are looked up or evicted).</summary>
    public int Count => _validUntil.Count;

    /// <summary>Whether the token was found valid for the account less than the cache time ago.</summary>
    public bool IsKnownValid(string accountId, string token)
    {
        if (!Enabled)
        {
            return false;
        }

        var key = Key.Of(accountId, token);
        if (!_validUntil.TryGetValue(key, out var until))
        {
            return false;
        }

        if (_clock.GetUtcNow() < until)
        {
            return true;
        }

        _validUntil.TryRemove(new KeyValuePair<Key, DateTimeOffset>(key, until));
        return false;
    }

    /// <summary>Remembers that the directory just accepted the token for the account.</summary>
    public void RememberValid(string accountId, string token)
    {
        if (!Enabled)
        {
            return;
        }

        if (_validUntil.Count >= MaxEntries)
        {
            // Only tokens that really validated get here, so this takes more live (tenant, token) pairs than there
            // are tenants in most deployments; starting again empty costs one directory read per pair.
            _validUntil.Clear();
        }

        _validUntil[Key.Of(accountId, token)] = _clock.GetUtcNow() + _lifetime;
    }

    /// <summary>The account id and the SHA-256 of the token, as four 64-bit words (no copy of the token is kept).</summary>
    private readonly record struct Key(string AccountId, ulong Hash0, ulong Hash1, ulong Hash2, ulong Hash3)
    {
        public static Key Of(string accountId, string token)
        {
            var length = Encoding.UTF8.GetMaxByteCount(token.Length);
            var rented = length <= 512 ? null : new byte[length];
            Span<byte> utf8 = rented ?? stackalloc byte[512];
            var written = Encoding.UTF8.GetBytes(token, utf8);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(utf8[..written], hash);
            CryptographicOperations.ZeroMemory(utf8[..written]);
            return new Key(
                accountId,
                BinaryPrimitives.ReadUInt64LittleEndian(hash),
                BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]),
                BinaryPrimitives.ReadUInt64LittleEndian(hash[16..]),
                BinaryPrimitives.ReadUInt64LittleEndian(hash[24..]));
        }
    }
}
