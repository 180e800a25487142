using Scim.Abstractions;

namespace Scim.Server.Tenants;

/// <summary>
/// Validates bearer tokens against the tenant directory (hashes compared in constant time there); a successful
/// validation is remembered for <c>Scim:TokenCacheSeconds</c> (see <see cref="TenantTokenCache"/>).
/// </summary>
internal sealed class TenantTokenValidator(ITenantDirectory tenants, TenantTokenCache cache) : IScimTokenValidator
{
    public async ValueTask<bool> ValidateAsync(ScimTenant tenant, string token, CancellationToken cancellationToken = default)
    {
        if (!TenantToken.IsValidAccountId(tenant.Id) || token.Length == 0)
        {
            return false;
        }

        if (cache.IsKnownValid(tenant.Id, token))
        {
            return true;
        }

        if (!await tenants.ValidateAsync(tenant.Id, token, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        cache.RememberValid(tenant.Id, token);
        return true;
    }
}
