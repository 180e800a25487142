using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Scim.Abstractions;

namespace Scim.AspNetCore.Tests;

/// <summary>Tenant resolution hooks, single-tenant hosts, and the PATCH compatibility switch.</summary>
public sealed class TenancyAndCompatibilityTests
{
    [Fact]
    public async Task A_tenant_resolver_can_refuse_unknown_tenants_with_404()
    {
        await using var host = await ScimTestHost.StartAsync(build: scim => scim.AddTenantResolver<KnownTenantsOnly>());
        await ScimAssert.ListAsync(await host.SendAsync(HttpMethod.Get, "Users"), 0);
        using var unknown = host.CreateClient("initech", ScimTestHost.AcmeToken);
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Get, "Users", client: unknown), 404, null);
    }

    [Fact]
    public async Task A_prefix_without_a_tenant_serves_the_default_tenant()
    {
        await using var host = await ScimTestHost.StartAsync(
            o => o.Authentication.AddBearerToken("single-tenant-token-0123"),
            map: app => app.MapScim());
        using var client = host.App.GetTestClientFor("/scim/v2/", "single-tenant-token-0123");
        using var created = await client.PostAsync("Users", new StringContent("""{"userName":"solo@example.com"}""", System.Text.Encoding.UTF8, "application/scim+json"));
        Assert.Equal(201, (int)created.StatusCode);
        Assert.StartsWith("http://localhost/scim/v2/Users/", created.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.NotNull(await host.Store("User").GetAsync(ScimTenant.Default, created.Headers.Location.ToString().Split('/')[^1]));
    }

    [Fact]
    public async Task The_tenant_route_value_name_is_configurable()
    {
        await using var host = await ScimTestHost.StartAsync(
            o => o.TenantRouteValueName = "tenant",
            map: app => app.MapScim("/t/{tenant}/scim"));
        using var client = host.App.GetTestClientFor("/t/acme/scim/", ScimTestHost.AcmeToken);
        Assert.Equal(200, (int)(await client.GetAsync("Users")).StatusCode);
        using var wrong = host.App.GetTestClientFor("/t/globex/scim/", ScimTestHost.AcmeToken);
        Assert.Equal(401, (int)(await wrong.GetAsync("Users")).StatusCode);
    }

    [Fact]
    public async Task Strict_patch_mode_refuses_client_quirks_that_compatibility_mode_accepts()
    {
        const string Quirky = """{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Replace","path":"active","value":"False"}]}""";
        await using (var tolerant = await ScimTestHost.StartAsync())
        {
            var id = await tolerant.CreateUserAsync("quirk@example.com");
            await ScimAssert.StatusAsync(await tolerant.SendAsync(HttpMethod.Patch, $"Users/{id}", Quirky), 200);
        }

        await using var strict = await ScimTestHost.StartAsync(o => o.Patch.ClientCompatibility = false);
        var strictId = await strict.CreateUserAsync("quirk@example.com");
        var before = await strict.SnapshotAsync();
        using var response = await strict.SendAsync(HttpMethod.Patch, $"Users/{strictId}", Quirky);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(before, await strict.SnapshotAsync());
    }

    /// <summary>Serves only the tenants it knows, from the route value.</summary>
    public sealed class KnownTenantsOnly : IScimTenantResolver
    {
        public ValueTask<ScimTenant?> ResolveAsync(HttpContext context) =>
            ValueTask.FromResult(context.Request.RouteValues["accountId"] is "acme" or "globex" ? new ScimTenant((string)context.Request.RouteValues["accountId"]!) : null);
    }
}
