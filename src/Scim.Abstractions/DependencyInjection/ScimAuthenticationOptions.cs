using System.Security.Cryptography;
using System.Text;

namespace Scim.Abstractions;

/// <summary>
/// How SCIM requests are authenticated. By default every route except <c>/ServiceProviderConfig</c> needs a bearer
/// token configured for the addressed tenant; a host with no credential source refuses to start.
/// </summary>
public sealed class ScimAuthenticationOptions
{
    private readonly Dictionary<string, List<byte[]>> _tokenHashes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>How requests are authenticated (default <see cref="ScimAuthenticationMode.BearerToken"/>).</summary>
    public ScimAuthenticationMode Mode { get; set; } = ScimAuthenticationMode.BearerToken;

    /// <summary>
    /// In <see cref="ScimAuthenticationMode.Host"/> mode, the ASP.NET Core authentication scheme to authenticate with;
    /// <see langword="null"/> for the host's default scheme.
    /// </summary>
    public string? AuthenticationScheme { get; set; }

    /// <summary>
    /// In <see cref="ScimAuthenticationMode.Host"/> mode, the name of an ASP.NET Core authorization policy the
    /// authenticated principal must satisfy, or <see langword="null"/> to require only an authenticated principal.
    /// </summary>
    public string? AuthorizationPolicy { get; set; }

    /// <summary>Whether <c>/ServiceProviderConfig</c> needs authentication too (default <see langword="false"/>: RFC 7644 §4 lets clients discover it first).</summary>
    public bool ServiceProviderConfigRequiresAuthentication { get; set; }

    /// <summary>Whether any bearer token is configured.</summary>
    public bool HasBearerTokens
    {
        get
        {
            lock (_gate)
            {
                return _tokenHashes.Count > 0;
            }
        }
    }

    /// <summary>Accepts <paramref name="token"/> for requests to <paramref name="tenantId"/>. Only a SHA-256 hash of the token is kept.</summary>
    /// <param name="tenantId">The tenant id (the route value, such as the account id), or <c>default</c> for single-tenant hosts.</param>
    /// <param name="token">The secret token; at least 16 characters.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">The tenant id is empty or the token is shorter than 16 characters.</exception>
    public ScimAuthenticationOptions AddBearerToken(string tenantId, string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        if (token.Length < 16)
        {
            throw new ArgumentException("A SCIM bearer token must have at least 16 characters.", nameof(token));
        }

        var hash = Hash(token);
        lock (_gate)
        {
            if (!_tokenHashes.TryGetValue(tenantId, out var list))
            {
                _tokenHashes[tenantId] = list = [];
            }

            if (!list.Exists(h => CryptographicOperations.FixedTimeEquals(h, hash)))
            {
                list.Add(hash);
            }
        }

        return this;
    }

    /// <summary>Accepts <paramref name="token"/> for the single tenant of a single-tenant host (<see cref="ScimTenant.Default"/>).</summary>
    /// <param name="token">The secret token; at least 16 characters.</param>
    /// <returns>These options.</returns>
    public ScimAuthenticationOptions AddBearerToken(string token) => AddBearerToken(ScimTenant.Default.Id, token);

    /// <summary>Whether <paramref name="token"/> is configured for <paramref name="tenantId"/>, compared in constant time over SHA-256 hashes.</summary>
    /// <param name="tenantId">The tenant id.</param>
    /// <param name="token">The presented token.</param>
    /// <returns><see langword="true"/> when configured.</returns>
    public bool IsConfiguredBearerToken(string tenantId, string token)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        var presented = Hash(token);
        List<byte[]>? hashes;
        lock (_gate)
        {
            hashes = _tokenHashes.TryGetValue(tenantId, out var list) ? [.. list] : null;
        }

        var match = false;
        foreach (var hash in hashes ?? [])
        {
            // No early exit: every configured hash is compared, so timing says nothing about which one matched.
            match |= CryptographicOperations.FixedTimeEquals(hash, presented);
        }

        return match;
    }

    internal IEnumerable<string> Validate()
    {
        if (!Enum.IsDefined(Mode))
        {
            yield return $"Authentication.{nameof(Mode)} is not a known mode.";
        }
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
