using Microsoft.Extensions.Diagnostics.HealthChecks;
using Scim.Server.Tenants;

namespace Scim.Server.Hosting;

/// <summary><c>/health</c>: healthy when the tenant directory (and so the database) answers.</summary>
internal sealed class DatabaseHealthCheck(ITenantDirectory tenants) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await tenants.ListAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The database does not answer.", ex);
        }
    }
}
