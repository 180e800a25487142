using Scim.Abstractions;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>
/// <c>/ServiceProviderConfig</c>, <c>/ResourceTypes</c> and <c>/Schemas</c> (RFC 7644 §4), generated from the served
/// resource types and the options actually enforced, so that discovery never claims more (or less) than the
/// endpoints do.
/// </summary>
internal static class DiscoveryOperations
{
    public static ServiceProviderConfiguration Configuration(ScimOptions options) => new()
    {
        PatchSupported = true,
        Bulk = options.Bulk.Enabled
            ? new BulkConfiguration
            {
                Supported = true,
                MaxOperations = options.Bulk.MaxOperations,
                MaxPayloadSize = (int)Math.Min(options.Bulk.MaxPayloadSize, int.MaxValue),
            }
            : BulkConfiguration.Unsupported,
        Filter = new FilterConfiguration { Supported = true, MaxResults = options.Limits.MaxPageSize },
        ChangePasswordSupported = true,
        SortSupported = true,
        ETagSupported = true,
        Pagination = new PaginationConfiguration
        {
            Index = true,
            Cursor = true,
            DefaultPaginationMethod = PaginationMethod.Index,
            DefaultPageSize = options.Limits.DefaultPageSize,
            MaxPageSize = options.Limits.MaxPageSize,
        },
        AuthenticationSchemes = [AuthenticationScheme.OAuthBearerToken()],
    };

    public static ScimResult ServiceProviderConfig(ScimRequest request) =>
        ScimResult.ForBody(200, ScimDiscoveryWriter.SerializeServiceProviderConfig(Configuration(request.Options), request.BaseUrl));

    public static ScimResult ResourceTypes(ScimRequest request) =>
        ScimResult.ForBody(200, ScimResponseWriter.Serialize(writer =>
            ScimDiscoveryWriter.WriteResourceTypes(writer, request.Runtime.ServedTypes, request.BaseUrl)));

    public static ScimResult ResourceType(ScimRequest request, string name)
    {
        var type = request.Runtime.FindServedType(name) ?? throw ScimException.NotFound("No such resource type.");
        return ScimResult.ForBody(200, ScimDiscoveryWriter.SerializeResourceType(type, request.BaseUrl));
    }

    public static ScimResult Schemas(ScimRequest request) =>
        ScimResult.ForBody(200, ScimResponseWriter.Serialize(writer =>
            ScimDiscoveryWriter.WriteSchemas(writer, ServedSchemas(request.Runtime), request.BaseUrl)));

    public static ScimResult Schema(ScimRequest request, string id)
    {
        var schema = ServedSchemas(request.Runtime).FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw ScimException.NotFound("No such schema.");
        return ScimResult.ForBody(200, ScimDiscoveryWriter.SerializeSchema(schema, request.BaseUrl));
    }

    private static List<SchemaDefinition> ServedSchemas(ScimEndpointRuntime runtime)
    {
        var schemas = new List<SchemaDefinition>();
        foreach (var schema in runtime.ServedTypes.SelectMany(t => t.Extensions.Select(e => e.Schema).Prepend(t.Schema)))
        {
            if (!schemas.Exists(s => string.Equals(s.Id, schema.Id, StringComparison.OrdinalIgnoreCase)))
            {
                schemas.Add(schema);
            }
        }

        return schemas;
    }
}
