using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Scim.Abstractions;
using Scim.Schema;

namespace Scim.AspNetCore.Tests;

/// <summary>/ServiceProviderConfig, /ResourceTypes, /Schemas and /Me.</summary>
public sealed class DiscoveryAndMeTests
{
    [Fact]
    public async Task Service_provider_config_advertises_the_enforced_limits_without_authentication()
    {
        await using var host = await ScimTestHost.StartAsync(o =>
        {
            o.Limits.MaxPageSize = 500;
            o.Bulk.MaxOperations = 7;
            o.Bulk.MaxPayloadSize = 4096;
        });
        using var anonymous = host.CreateClient("acme", null);
        var config = await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Get, "ServiceProviderConfig", client: anonymous), 200);
        Assert.True(config.GetProperty("patch").GetProperty("supported").GetBoolean());
        Assert.True(config.GetProperty("filter").GetProperty("supported").GetBoolean());
        Assert.Equal(500, config.GetProperty("filter").GetProperty("maxResults").GetInt32());
        Assert.Equal(7, config.GetProperty("bulk").GetProperty("maxOperations").GetInt32());
        Assert.Equal(4096, config.GetProperty("bulk").GetProperty("maxPayloadSize").GetInt32());
        Assert.True(config.GetProperty("etag").GetProperty("supported").GetBoolean());
        Assert.True(config.GetProperty("sort").GetProperty("supported").GetBoolean());
        Assert.Equal("oauthbearertoken", config.GetProperty("authenticationSchemes")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Service_provider_config_can_require_authentication()
    {
        await using var host = await ScimTestHost.StartAsync(o => o.Authentication.ServiceProviderConfigRequiresAuthentication = true);
        using var anonymous = host.CreateClient("acme", null);
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Get, "ServiceProviderConfig", client: anonymous), 401, null);
        await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Get, "ServiceProviderConfig"), 200);
    }

    [Fact]
    public async Task Resource_types_and_schemas_are_listed_and_found_by_id()
    {
        await using var host = await ScimTestHost.StartAsync();
        var types = await ScimAssert.ListAsync(await host.SendAsync(HttpMethod.Get, "ResourceTypes"), 2);
        Assert.Equal(["User", "Group"], types.GetProperty("Resources").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        var user = await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Get, "ResourceTypes/User"), 200);
        Assert.Equal("/Users", user.GetProperty("endpoint").GetString());
        var schema = await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Get, $"Schemas/{ScimSchemaIds.Group}"), 200);
        Assert.Equal(ScimSchemaIds.Group, schema.GetProperty("id").GetString());
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Get, "Schemas/urn:nothing"), 404, null);
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Get, "ResourceTypes/Nothing"), 404, null);
    }

    [Fact]
    public async Task Schema_extensions_added_at_start_up_are_served_and_enforced()
    {
        var extension = new SchemaDefinition("urn:example:scim:schemas:extension:acme:2.0:User", "AcmeUser", null, [new AttributeDefinition("badge")]);
        await using var host = await ScimTestHost.StartAsync(build: scim => scim.AddSchemaExtension("User", extension));
        var schemas = await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Get, "Schemas"), 200);
        Assert.Contains(extension.Id, schemas.GetProperty("Resources").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        var created = await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Post, "Users", $$$"""{"userName":"ext@example.com","{{{extension.Id}}}":{"badge":"B-7"}}"""), 201);
        Assert.Equal("B-7", created.GetProperty(extension.Id).GetProperty("badge").GetString());
    }

    [Fact]
    public async Task Me_is_501_without_a_subject_resolver()
    {
        await using var host = await ScimTestHost.StartAsync();
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Get, "Me"), 501, null);
    }

    [Fact]
    public async Task Me_maps_to_the_subjects_user_with_a_resolver()
    {
        await using var host = await ScimTestHost.StartAsync(build: scim => scim.AddSubjectResolver<FirstUserResolver>());
        var id = await host.CreateUserAsync("me@example.com");
        var me = await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Get, "Me"), 200);
        Assert.Equal(id, me.GetProperty("id").GetString());
        var patched = await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Patch, "Me", """{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"displayName","value":"Me"}]}"""), 200);
        Assert.Equal("Me", patched.GetProperty("displayName").GetString());
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Post, "Me", "{}"), 501, null);
    }

    /// <summary>Maps every subject to the tenant's first user (a test stand-in for a claim lookup).</summary>
    public sealed class FirstUserResolver(IScimUserStore users) : IScimSubjectResolver
    {
        public async ValueTask<string?> FindUserIdAsync(HttpContext context, ScimTenant tenant, CancellationToken cancellationToken)
        {
            var page = await users.QueryAsync(tenant, new ScimQuery { Count = 1 }, cancellationToken);
            return page.Resources.Count == 0 ? null : page.Resources[0].Id;
        }
    }
}
