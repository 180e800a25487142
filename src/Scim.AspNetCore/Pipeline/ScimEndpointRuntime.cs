using Microsoft.Extensions.Logging;
using Scim.Abstractions;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>Everything one <c>MapScim</c> call serves with, built once at mapping time.</summary>
internal sealed class ScimEndpointRuntime
{
    public ScimEndpointRuntime(
        ScimOptions options,
        ScimResourceCatalog catalog,
        IReadOnlyList<ResourceTypeDefinition> servedTypes,
        ScimBaseUrl baseUrl,
        ScimTelemetry telemetry,
        ILogger logger)
    {
        Options = options;
        Catalog = catalog;
        ServedTypes = servedTypes;
        BaseUrl = baseUrl;
        Telemetry = telemetry;
        Logger = logger;
        FilterOptions = options.CreateFilterParseOptions();
        ReadOptions = new ScimJsonReadOptions { MaxDepth = options.Limits.MaxJsonDepth };
        DefaultTenantResolver = new RouteValueTenantResolver(options);
    }

    public ScimOptions Options { get; }

    public ScimResourceCatalog Catalog { get; }

    /// <summary>The resource types that have a store, in registration order.</summary>
    public IReadOnlyList<ResourceTypeDefinition> ServedTypes { get; }

    public ScimBaseUrl BaseUrl { get; }

    public ScimTelemetry Telemetry { get; }

    public ILogger Logger { get; }

    public Scim.Filter.FilterParseOptions FilterOptions { get; }

    public ScimJsonReadOptions ReadOptions { get; }

    public IScimTenantResolver DefaultTenantResolver { get; }

    /// <summary>The current definition of a served type (the registry's, with every extension added at start-up).</summary>
    public ResourceTypeDefinition? FindServedType(string name)
    {
        foreach (var type in ServedTypes)
        {
            if (string.Equals(type.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        return null;
    }
}
