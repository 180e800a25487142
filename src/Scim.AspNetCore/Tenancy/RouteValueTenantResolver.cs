using Microsoft.AspNetCore.Http;
using Scim.Abstractions;

namespace Scim.AspNetCore;

/// <summary>The default tenant resolver: the route value <see cref="ScimOptions.TenantRouteValueName"/>, else the default tenant.</summary>
internal sealed class RouteValueTenantResolver(ScimOptions options) : IScimTenantResolver
{
    public ValueTask<ScimTenant?> ResolveAsync(HttpContext context)
    {
        if (context.Request.RouteValues.TryGetValue(options.TenantRouteValueName, out var value))
        {
            var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
            return ValueTask.FromResult(string.IsNullOrWhiteSpace(text) ? null : new ScimTenant(text));
        }

        return ValueTask.FromResult<ScimTenant?>(ScimTenant.Default);
    }
}
