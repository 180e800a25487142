using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>
/// When a host protects the SCIM route group with <c>.RequireAuthorization()</c>, ASP.NET Core's authorization
/// middleware answers 401/403 before any SCIM code runs. This handler lets the host's schemes challenge or forbid as
/// usual (status, <c>WWW-Authenticate</c>) and then adds the SCIM Error document as the body, on SCIM endpoints only.
/// </summary>
internal sealed class ScimAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        await _inner.HandleAsync(next, context, policy, authorizeResult).ConfigureAwait(false);
        if ((authorizeResult.Challenged || authorizeResult.Forbidden)
            && context.GetEndpoint()?.Metadata.GetMetadata<ScimEndpointMetadata>() is not null
            && !context.Response.HasStarted
            && context.Response.StatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)
        {
            var error = context.Response.StatusCode == StatusCodes.Status401Unauthorized
                ? new ScimException(401, null, "The request is not authenticated.")
                : new ScimException(403, null, "The authenticated principal may not use this SCIM endpoint.");
            await ScimResponseWriter.WriteAsync(context, ScimResult.ForError(error)).ConfigureAwait(false);
        }
    }
}
