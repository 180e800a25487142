using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>
/// <c>/Me</c> (RFC 7644 §3.11): an alias of the authenticated subject's User resource, when the host registered an
/// <see cref="IScimSubjectResolver"/>; 501 otherwise (bearer tokens identify a provisioning client, not a user).
/// </summary>
internal static class MeOperations
{
    public static async Task<ScimResult> ExecuteAsync(ScimRequest request, string method)
    {
        var resolver = request.Http.RequestServices.GetService<IScimSubjectResolver>()
            ?? throw new ScimException(501, null, "/Me is not supported: this service provider does not map its credentials to User resources.");
        var type = request.Runtime.FindServedType(CoreSchemas.UserResourceType.Name)
            ?? throw new ScimException(501, null, "/Me is not supported: this service provider serves no Users.");
        if (HttpMethods.IsPost(method))
        {
            throw new ScimException(501, null, "Creating the authenticated subject through /Me is not supported.");
        }

        var id = await resolver.FindUserIdAsync(request.Http, request.Tenant, request.Aborted).ConfigureAwait(false)
            ?? throw ScimException.NotFound("The authenticated subject has no User resource.");
        var http = request.Http;
        var projection = QueryParameters.ProjectionFromQuery(http.Request.Query, type);
        var limit = request.Options.Limits.MaxRequestBodySize;
        return method switch
        {
            _ when HttpMethods.IsGet(method) => await ResourceOperations.GetAsync(request, type, id, projection, Header(http, "If-None-Match")).ConfigureAwait(false),
            _ when HttpMethods.IsPut(method) => await ResourceOperations.ReplaceAsync(request, type, id, await RequestBodyReader.ReadAsync(http, limit, "the maximum request body size").ConfigureAwait(false), Header(http, "If-Match"), projection).ConfigureAwait(false),
            _ when HttpMethods.IsPatch(method) => await PatchOperations.PatchAsync(request, type, id, await RequestBodyReader.ReadAsync(http, limit, "the maximum request body size").ConfigureAwait(false), Header(http, "If-Match"), projection).ConfigureAwait(false),
            _ => await ResourceOperations.DeleteAsync(request, type, id, Header(http, "If-Match")).ConfigureAwait(false),
        };
    }

    private static string? Header(HttpContext http, string name)
    {
        var value = http.Request.Headers[name];
        return value.Count == 0 ? null : string.Join(',', value.ToArray());
    }
}
