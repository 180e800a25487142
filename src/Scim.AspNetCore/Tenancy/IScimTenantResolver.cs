using Microsoft.AspNetCore.Http;
using Scim.Abstractions;

namespace Scim.AspNetCore;

/// <summary>
/// Finds the tenant a SCIM request acts for. The default reads the route value named by
/// <see cref="ScimOptions.TenantRouteValueName"/> (<c>{accountId}</c>) and falls back to <see cref="ScimTenant.Default"/>
/// when the route has none. Register another with <c>builder.AddTenantResolver&lt;T&gt;()</c>.
/// </summary>
public interface IScimTenantResolver
{
    /// <summary>Resolves the tenant of a request.</summary>
    /// <param name="context">The HTTP context (route values are set).</param>
    /// <returns>The tenant, or <see langword="null"/> when the request names no tenant this host serves (answered 404).</returns>
    ValueTask<ScimTenant?> ResolveAsync(HttpContext context);
}
