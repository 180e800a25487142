using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Scim.Abstractions;
using Scim.AspNetCore;
using Scim.Schema;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the SCIM 2.0 endpoints (RFC 7644) of the service provider that <c>services.AddScim()</c> configured.</summary>
public static class ScimEndpointRouteBuilderExtensions
{
    private const string IdRoute = "{id}";

    /// <summary>
    /// Maps every SCIM endpoint under <paramref name="prefix"/>: each resource type with a store (<c>/Users</c>,
    /// <c>/Groups</c>, custom types) with GET, POST, PUT, PATCH, DELETE and <c>/.search</c>; <c>/.search</c> at the
    /// root; <c>/Bulk</c>; <c>/Me</c>; <c>/ServiceProviderConfig</c>, <c>/ResourceTypes</c> and <c>/Schemas</c>. Every
    /// response, errors and unknown routes included, is <c>application/scim+json</c>.
    /// </summary>
    /// <param name="endpoints">The endpoint route builder (the <c>WebApplication</c>).</param>
    /// <param name="prefix">The SCIM base path, for example <c>/scim/v2</c> or <c>/accounts/{accountId}/scim/v2</c> (the route value names the tenant).</param>
    /// <returns>The route group, so that the host can add conventions such as <c>.RequireAuthorization()</c> or rate limiting.</returns>
    /// <exception cref="InvalidOperationException">
    /// <c>AddScim</c> was not called, no resource type has a store, or bearer authentication is on but no token and no
    /// token validator is configured (the endpoint would refuse everyone or, worse, be misconfigured).
    /// </exception>
    public static RouteGroupBuilder MapScim(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string prefix = "/scim/v2")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var services = endpoints.ServiceProvider;
        var options = services.GetService<ScimOptions>();
        var catalog = services.GetService<ScimResourceCatalog>();
        if (options is null || catalog is null)
        {
            throw new InvalidOperationException(
                "MapScim needs the SCIM services. Call services.AddScim(...) (and register stores on the builder it returns) before building the application.");
        }

        options.Validate();
        EnsureCredentialSource(services, options);
        var served = catalog.Registry.ResourceTypes.Where(t => catalog.HasStore(t.Name)).ToList();
        if (served.Count == 0)
        {
            throw new InvalidOperationException(
                "No SCIM resource type has a store. Call AddUserStore, AddGroupStore, AddResourceType or UseInMemoryStores on the builder AddScim returns.");
        }

        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("Scim.AspNetCore") ?? NullLogger.Instance;
        var runtime = new ScimEndpointRuntime(options, catalog, served, new ScimBaseUrl(prefix), new ScimTelemetry(services.GetService<System.Diagnostics.Metrics.IMeterFactory>()), logger);
        var group = endpoints.MapGroup(prefix);
        group.WithMetadata(ScimEndpointMetadata.Instance);
        foreach (var type in served)
        {
            MapResourceType(group, runtime, type);
        }

        MapRoot(group, runtime);
        return group;
    }

    private static void EnsureCredentialSource(IServiceProvider services, ScimOptions options)
    {
        if (options.Authentication.Mode == ScimAuthenticationMode.Host)
        {
            var schemes = services.GetService<IAuthenticationSchemeProvider>()
                ?? throw new InvalidOperationException(
                    "SCIM authentication is set to the host's scheme, but no authentication is registered. Call services.AddAuthentication(...) or use bearer tokens.");
            var name = options.Authentication.AuthenticationScheme;
            var scheme = (name is null ? schemes.GetDefaultAuthenticateSchemeAsync() : schemes.GetSchemeAsync(name)).GetAwaiter().GetResult();
            if (scheme is null)
            {
                throw new InvalidOperationException(name is null
                    ? "SCIM authentication is set to the host's default scheme, but there is none. Name one in options.Authentication.AuthenticationScheme."
                    : $"SCIM authentication names the scheme '{name}', which is not registered.");
            }

            if (options.Authentication.AuthorizationPolicy is not null && services.GetService<IAuthorizationService>() is null)
            {
                throw new InvalidOperationException("SCIM names an authorization policy, but authorization is not registered. Call services.AddAuthorization(...).");
            }

            return;
        }

        using var scope = services.CreateScope();
        var validator = scope.ServiceProvider.GetService<IScimTokenValidator>();
        if (validator is null or ConfiguredTokenValidator { HasTokens: false })
        {
            throw new InvalidOperationException(
                "SCIM bearer authentication has no credential source: add a token with options.Authentication.AddBearerToken(tenantId, token), "
                + "register a validator with AddTokenValidator<T>(), or set options.Authentication.Mode = ScimAuthenticationMode.Host.");
        }
    }

    private static void MapResourceType(RouteGroupBuilder group, ScimEndpointRuntime runtime, ResourceTypeDefinition type)
    {
        var collection = type.Endpoint;
        var item = collection + "/" + IdRoute;
        Map(group, runtime, collection, HttpMethods.Get, "list", type, true, request =>
            ResourceOperations.ListAsync(request, type, QueryParameters.FromQuery(request.Http.Request.Query)));
        Map(group, runtime, collection, HttpMethods.Post, "create", type, true, async request =>
            await ResourceOperations.CreateAsync(request, type, await ReadBodyAsync(request).ConfigureAwait(false), Projection(request, type)).ConfigureAwait(false));
        Map(group, runtime, collection + "/.search", HttpMethods.Post, "search", type, true, async request =>
            await ResourceOperations.ListAsync(request, type, await ReadSearchAsync(request).ConfigureAwait(false)).ConfigureAwait(false));
        Map(group, runtime, item, HttpMethods.Get, "get", type, true, request =>
            ResourceOperations.GetAsync(request, type, Id(request), Projection(request, type), Header(request, "If-None-Match")));
        Map(group, runtime, item, HttpMethods.Put, "replace", type, true, async request =>
            await ResourceOperations.ReplaceAsync(request, type, Id(request), await ReadBodyAsync(request).ConfigureAwait(false), Header(request, "If-Match"), Projection(request, type)).ConfigureAwait(false));
        Map(group, runtime, item, HttpMethods.Patch, "patch", type, true, async request =>
            await PatchOperations.PatchAsync(request, type, Id(request), await ReadBodyAsync(request).ConfigureAwait(false), Header(request, "If-Match"), Projection(request, type)).ConfigureAwait(false));
        Map(group, runtime, item, HttpMethods.Delete, "delete", type, true, request =>
            ResourceOperations.DeleteAsync(request, type, Id(request), Header(request, "If-Match")));
    }

    private static void MapRoot(RouteGroupBuilder group, ScimEndpointRuntime runtime)
    {
        var discoveryNeedsAuth = runtime.Options.Authentication.ServiceProviderConfigRequiresAuthentication;
        var spc = Map(group, runtime, "/ServiceProviderConfig", HttpMethods.Get, "serviceProviderConfig", null, discoveryNeedsAuth, request =>
            Task.FromResult(DiscoveryOperations.ServiceProviderConfig(request)));
        if (!discoveryNeedsAuth)
        {
            spc.AllowAnonymous();
        }

        Map(group, runtime, "/ResourceTypes", HttpMethods.Get, "resourceTypes", null, true, request =>
            Task.FromResult(DiscoveryOperations.ResourceTypes(request)));
        Map(group, runtime, "/ResourceTypes/{name}", HttpMethods.Get, "resourceType", null, true, request =>
            Task.FromResult(DiscoveryOperations.ResourceType(request, RouteValue(request, "name"))));
        Map(group, runtime, "/Schemas", HttpMethods.Get, "schemas", null, true, request =>
            Task.FromResult(DiscoveryOperations.Schemas(request)));
        Map(group, runtime, "/Schemas/{schemaId}", HttpMethods.Get, "schema", null, true, request =>
            Task.FromResult(DiscoveryOperations.Schema(request, RouteValue(request, "schemaId"))));
        Map(group, runtime, "/.search", HttpMethods.Post, "rootSearch", null, true, async request =>
            await RootSearch.SearchAsync(request, await ReadSearchAsync(request).ConfigureAwait(false)).ConfigureAwait(false));
        Map(group, runtime, "/Bulk", HttpMethods.Post, "bulk", null, true, BulkOperations.ExecuteAsync);
        foreach (var method in new[] { HttpMethods.Get, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete, HttpMethods.Post })
        {
            Map(group, runtime, "/Me", method, "me", null, true, request => MeOperations.ExecuteAsync(request, method));
        }

        // Everything else under the prefix: a SCIM 404, or 405 with Allow for a known path and another method.
        var fallback = group.Map("/{**path}", CreateDelegate(runtime, "unmatched", null, true, request => Task.FromResult(UnmatchedRoute.Answer(request))));
        fallback.Add(builder => builder.DisplayName = "SCIM unmatched route");
    }

    private static IEndpointConventionBuilder Map(
        RouteGroupBuilder group,
        ScimEndpointRuntime runtime,
        string pattern,
        string method,
        string operation,
        ResourceTypeDefinition? type,
        bool authenticate,
        Func<ScimRequest, Task<ScimResult>> handler)
    {
        // HEAD goes wherever GET goes (RFC 9110 §9.3.2): same status and headers, and the writer sends no body.
        string[] methods = method == HttpMethods.Get ? [HttpMethods.Get, HttpMethods.Head] : [method];
        var builder = group.MapMethods(pattern, methods, CreateDelegate(runtime, operation, type, authenticate, handler));
        builder.Add(endpoint => endpoint.DisplayName = $"SCIM {method} {pattern}");
        return builder;
    }

    private static RequestDelegate CreateDelegate(
        ScimEndpointRuntime runtime,
        string operation,
        ResourceTypeDefinition? type,
        bool authenticate,
        Func<ScimRequest, Task<ScimResult>> handler) =>
        http => ScimRequestExecutor.ExecuteAsync(http, runtime, operation, type, authenticate, handler);

    private static string Id(ScimRequest request) => RouteValue(request, "id");

    private static string RouteValue(ScimRequest request, string name) =>
        Convert.ToString(request.Http.Request.RouteValues[name], System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    private static string? Header(ScimRequest request, string name)
    {
        var value = request.Http.Request.Headers[name];
        return value.Count == 0 ? null : string.Join(',', value.ToArray());
    }

    private static ScimProjection Projection(ScimRequest request, ResourceTypeDefinition type) =>
        QueryParameters.ProjectionFromQuery(request.Http.Request.Query, type);

    private static Task<byte[]> ReadBodyAsync(ScimRequest request) =>
        RequestBodyReader.ReadAsync(request.Http, request.Options.Limits.MaxRequestBodySize, "the maximum request body size");

    private static async Task<QueryParameters> ReadSearchAsync(ScimRequest request)
    {
        var body = await ReadBodyAsync(request).ConfigureAwait(false);
        return QueryParameters.FromSearchRequest(ScimJsonReader.ReadSearchRequest(body, request.Options.Limits.MaxJsonDepth));
    }
}
