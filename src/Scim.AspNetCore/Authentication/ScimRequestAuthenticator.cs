using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scim.Abstractions;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>
/// Authenticates a SCIM request for its tenant: a bearer token checked by <see cref="IScimTokenValidator"/>, or the
/// host's ASP.NET Core scheme and policy. Failures are SCIM errors (401 with <c>WWW-Authenticate: Bearer realm="scim"</c>,
/// 403 for a failed policy); nothing about the presented credential is logged or echoed.
/// </summary>
internal static partial class ScimRequestAuthenticator
{
    private const string Challenge = "Bearer realm=\"scim\"";

    public static async Task AuthenticateAsync(HttpContext http, ScimTenant tenant, ScimEndpointRuntime runtime)
    {
        var options = runtime.Options.Authentication;
        if (options.Mode == ScimAuthenticationMode.Host)
        {
            await AuthenticateWithHostAsync(http, options, runtime).ConfigureAwait(false);
            return;
        }

        var headers = http.Request.Headers.Authorization;
        if (headers.Count == 0)
        {
            throw Unauthorized(http, runtime, tenant, "The request needs an Authorization header with a bearer token.", "missing", null);
        }

        var value = headers.Count == 1 ? headers[0] : null;
        if (value is null || value.Length <= 7 || !value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            throw Unauthorized(http, runtime, tenant, "The Authorization header must carry a bearer token.", "malformed", "invalid_request");
        }

        var token = value.AsSpan(7).Trim().ToString();
        if (token.Length == 0)
        {
            throw Unauthorized(http, runtime, tenant, "The Authorization header must carry a bearer token.", "empty", "invalid_request");
        }

        var validator = http.RequestServices.GetRequiredService<IScimTokenValidator>();
        if (!await validator.ValidateAsync(tenant, token, http.RequestAborted).ConfigureAwait(false))
        {
            throw Unauthorized(http, runtime, tenant, "The bearer token is not valid for this tenant.", "rejected", "invalid_token");
        }
    }

    private static async Task AuthenticateWithHostAsync(HttpContext http, ScimAuthenticationOptions options, ScimEndpointRuntime runtime)
    {
        var principal = http.User;
        if (options.AuthenticationScheme is not null || principal.Identity?.IsAuthenticated != true)
        {
            var result = await http.AuthenticateAsync(options.AuthenticationScheme).ConfigureAwait(false);
            if (!result.Succeeded || result.Principal is null)
            {
                LogHostAuthenticationFailed(runtime.Logger, options.AuthenticationScheme ?? "(default)");
                http.Response.Headers.WWWAuthenticate = Challenge;
                throw new ScimException(401, null, "The request is not authenticated.");
            }

            principal = result.Principal;
            http.User = principal;
        }

        if (options.AuthorizationPolicy is not null)
        {
            var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
            var outcome = await authorization.AuthorizeAsync(principal, null, options.AuthorizationPolicy).ConfigureAwait(false);
            if (!outcome.Succeeded)
            {
                throw new ScimException(403, null, "The authenticated principal may not use this SCIM endpoint.");
            }
        }
    }

    private static ScimException Unauthorized(HttpContext http, ScimEndpointRuntime runtime, ScimTenant tenant, string detail, string reason, string? error)
    {
        LogBearerRejected(runtime.Logger, tenant.Id, reason);
        http.Response.Headers.WWWAuthenticate = error is null ? Challenge : $"{Challenge}, error=\"{error}\"";
        return new ScimException(401, null, detail);
    }

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "SCIM bearer authentication failed for tenant {Tenant}: token {Reason}.")]
    private static partial void LogBearerRejected(ILogger logger, string tenant, string reason);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "SCIM authentication with host scheme {Scheme} failed.")]
    private static partial void LogHostAuthenticationFailed(ILogger logger, string scheme);
}
