using Microsoft.AspNetCore.Http;
using Scim.Abstractions;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>One authenticated SCIM request: its HTTP context, tenant and the runtime it is served by.</summary>
internal sealed class ScimRequest
{
    private string? _baseUrl;

    public ScimRequest(HttpContext http, ScimEndpointRuntime runtime, ScimTenant tenant)
    {
        Http = http;
        Runtime = runtime;
        Tenant = tenant;
    }

    public HttpContext Http { get; }

    public ScimEndpointRuntime Runtime { get; }

    public ScimOptions Options => Runtime.Options;

    public ScimTenant Tenant { get; }

    public CancellationToken Aborted => Http.RequestAborted;

    /// <summary>The absolute SCIM base URL of this request, without a trailing slash.</summary>
    public string BaseUrl => _baseUrl ??= Runtime.BaseUrl.For(Http);

    public IScimResourceStore GetStore(ResourceTypeDefinition type) => Runtime.Catalog.GetStore(Http.RequestServices, type.Name);

    public string LocationOf(ResourceTypeDefinition type, string id) => BaseUrl + type.Endpoint + "/" + Uri.EscapeDataString(id);

    /// <summary>The resource with <c>meta.location</c> and <c>meta.resourceType</c> set, as every response carries them.</summary>
    public ScimResource WithLocation(ScimResource resource)
    {
        var id = resource.Id;
        if (id is null)
        {
            return resource;
        }

        var meta = resource.Meta ?? ScimComplex.Empty;
        var location = LocationOf(resource.ResourceType, id);
        if ((meta.Find("location") as ScimReference)?.Value == location && meta.Find("resourceType") is not null)
        {
            return resource;
        }

        meta = meta.With("location", new ScimReference(location));
        if (meta.Find("resourceType") is null)
        {
            meta = meta.With("resourceType", new ScimString(resource.ResourceType.Name));
        }

        return resource.With("meta", meta);
    }
}
