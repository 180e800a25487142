using System.Security.Cryptography;
using System.Text;

namespace Scim.Server.Tenants;

/// <summary>
/// Bearer tokens of tenants: 256 random bits, base64url, shown once; only their SHA-256 is stored. A fast hash is
/// enough because the tokens are random and long (nothing to brute-force from the hash); comparison is constant-time.
/// </summary>
internal static class TenantToken
{
    /// <summary>Makes a new random token.</summary>
    public static string Create() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form of a token.</summary>
    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>Whether a presented token matches a stored hash, in time independent of where they differ.</summary>
    public static bool Matches(string presented, byte[] storedHash) =>
        presented.Length > 0 && CryptographicOperations.FixedTimeEquals(Hash(presented), storedHash);

    /// <summary>Whether an account id is acceptable in a URL path segment and as a key.</summary>
    public static bool IsValidAccountId(string accountId) =>
        accountId.Length is > 0 and <= 64 && accountId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
