using Microsoft.AspNetCore.Http;
using Scim.Abstractions;

namespace Scim.AspNetCore;

/// <summary>
/// Maps the authenticated subject of a request to the id of its User resource, which makes <c>/Me</c>
/// (RFC 7644 §3.11) an alias of <c>/Users/{id}</c>. Without a registered resolver <c>/Me</c> answers 501.
/// </summary>
public interface IScimSubjectResolver
{
    /// <summary>Finds the User id of the request's subject.</summary>
    /// <param name="context">The HTTP context (<see cref="HttpContext.User"/> is authenticated).</param>
    /// <param name="tenant">The tenant of the request.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The User id, or <see langword="null"/> when the subject has no User resource (answered 404).</returns>
    ValueTask<string?> FindUserIdAsync(HttpContext context, ScimTenant tenant, CancellationToken cancellationToken);
}
