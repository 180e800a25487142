using Scim.Abstractions;

namespace Scim.Server.Tenants;

/// <summary>Validates bearer tokens against the tenant directory (hashes compared in constant time there).</summary>
internal sealed class TenantTokenValidator(ITenantDirectory tenants) : IScimTokenValidator
{
    public async ValueTask<bool> ValidateAsync(ScimTenant tenant, string token, CancellationToken cancellationToken = default) =>
        TenantToken.IsValidAccountId(tenant.Id) && await tenants.ValidateAsync(tenant.Id, token, cancellationToken).ConfigureAwait(false);
}
