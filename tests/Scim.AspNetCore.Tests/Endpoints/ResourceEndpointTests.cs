using System.Net;
using System.Net.Http.Headers;
using Scim.Abstractions;
using Scim.Schema;

namespace Scim.AspNetCore.Tests;

/// <summary>Single-resource endpoints: status codes, Location, ETags and preconditions, PATCH answers, custom types.</summary>
public sealed class ResourceEndpointTests
{
    private const string PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    [Fact]
    public async Task Post_answers_201_with_location_etag_and_body()
    {
        await using var host = await ScimTestHost.StartAsync();
        using var response = await host.SendAsync(HttpMethod.Post, "Users", """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"new@example.com","id":"chosen-by-client","meta":{"version":"W/\"x\""},"password":"p@ssw0rd-placeholder"}""");
        var json = await ScimAssert.StatusAsync(response, 201);
        var id = json.GetProperty("id").GetString()!;
        Assert.NotEqual("chosen-by-client", id);
        Assert.Equal($"http://localhost/accounts/acme/scim/v2/Users/{id}", response.Headers.Location!.ToString());
        Assert.Equal(response.Headers.Location.ToString(), json.GetProperty("meta").GetProperty("location").GetString());
        Assert.Equal(json.GetProperty("meta").GetProperty("version").GetString(), response.Headers.ETag!.ToString());
        Assert.False(json.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Get_with_if_none_match_of_the_current_version_is_304()
    {
        await using var host = await ScimTestHost.StartAsync();
        var id = await host.CreateUserAsync("etag@example.com");
        using var first = await host.SendAsync(HttpMethod.Get, $"Users/{id}");
        var etag = first.Headers.ETag!.ToString();
        using var again = await host.SendAsync(HttpMethod.Get, $"Users/{id}", headers: new Dictionary<string, string> { ["If-None-Match"] = etag });
        Assert.Equal(304, (int)again.StatusCode);
        using var other = await host.SendAsync(HttpMethod.Get, $"Users/{id}", headers: new Dictionary<string, string> { ["If-None-Match"] = "W/\"other\"" });
        await ScimAssert.StatusAsync(other, 200);
    }

    [Fact]
    public async Task The_etag_header_stays_when_the_projection_drops_meta()
    {
        await using var host = await ScimTestHost.StartAsync();
        var id = await host.CreateUserAsync("projected@example.com");
        using var response = await host.SendAsync(HttpMethod.Get, $"Users/{id}?excludedAttributes=meta");
        var json = await ScimAssert.StatusAsync(response, 200);
        Assert.False(json.TryGetProperty("meta", out _));
        Assert.Equal((await host.LoadAsync("User", id))!.Version, response.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task If_match_with_a_stale_version_is_412_and_changes_nothing()
    {
        await using var host = await ScimTestHost.StartAsync();
        var id = await host.CreateUserAsync("precondition@example.com");
        var stale = new Dictionary<string, string> { ["If-Match"] = "W/\"stale\"" };
        var before = await host.SnapshotAsync();
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Patch, $"Users/{id}", $$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"replace","path":"active","value":false}]}""", headers: stale), 412, null);
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Put, $"Users/{id}", """{"userName":"precondition@example.com","active":false}""", headers: stale), 412, null);
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Delete, $"Users/{id}", headers: stale), 412, null);
        Assert.Equal(before, await host.SnapshotAsync());

        using var current = await host.SendAsync(HttpMethod.Get, $"Users/{id}");
        var match = new Dictionary<string, string> { ["If-Match"] = current.Headers.ETag!.ToString() };
        using var patched = await host.SendAsync(HttpMethod.Patch, $"Users/{id}", $$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"replace","path":"active","value":false}]}""", headers: match);
        var json = await ScimAssert.StatusAsync(patched, 200);
        Assert.False(json.GetProperty("active").GetBoolean());
        Assert.NotEqual(current.Headers.ETag.ToString(), patched.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task Put_keeps_the_url_id_whatever_the_body_says()
    {
        await using var host = await ScimTestHost.StartAsync();
        var id = await host.CreateUserAsync("put@example.com");
        using var response = await host.SendAsync(HttpMethod.Put, $"Users/{id}", """{"id":"another-id","userName":"put@example.com","displayName":"Put"}""");
        var json = await ScimAssert.StatusAsync(response, 200);
        Assert.Equal(id, json.GetProperty("id").GetString());
        Assert.Null(await host.LoadAsync("User", "another-id"));
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Put, "Users/missing", """{"userName":"x@example.com"}"""), 404, null);
    }

    [Fact]
    public async Task Group_patch_is_204_by_default_and_200_when_configured()
    {
        var body = $$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"add","path":"members","value":[{"value":"u1"}]}]}""";
        await using (var host = await ScimTestHost.StartAsync())
        {
            var id = await host.CreateGroupAsync("Default");
            using var response = await host.SendAsync(HttpMethod.Patch, $"Groups/{id}", body);
            Assert.Equal(204, (int)response.StatusCode);
            Assert.NotNull(response.Headers.ETag);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }

        await using (var host = await ScimTestHost.StartAsync(o => o.Patch.GroupPatchReturnsResource = true))
        {
            var id = await host.CreateGroupAsync("Configured");
            using var response = await host.SendAsync(HttpMethod.Patch, $"Groups/{id}", body);
            var json = await ScimAssert.StatusAsync(response, 200);
            Assert.Equal("u1", json.GetProperty("members")[0].GetProperty("value").GetString());
        }
    }

    [Fact]
    public async Task User_patch_is_200_with_the_resource_and_204_when_configured()
    {
        var body = $$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"Replace","path":"active","value":"False"}]}""";
        await using (var host = await ScimTestHost.StartAsync())
        {
            var id = await host.CreateUserAsync("p@example.com");
            var json = await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Patch, $"Users/{id}", body), 200);
            Assert.False(json.GetProperty("active").GetBoolean());
        }

        await using (var host = await ScimTestHost.StartAsync(o => o.Patch.UserPatchReturnsResource = false))
        {
            var id = await host.CreateUserAsync("p@example.com");
            Assert.Equal(204, (int)(await host.SendAsync(HttpMethod.Patch, $"Users/{id}", body)).StatusCode);
        }
    }

    [Fact]
    public async Task Unknown_routes_are_scim_404_and_wrong_methods_are_405_with_allow()
    {
        await using var host = await ScimTestHost.StartAsync();
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Get, "Nothing/here"), 404, null);
        using var wrong = await host.SendAsync(HttpMethod.Delete, "Users");
        await ScimAssert.ErrorAsync(wrong, 405, null);
        Assert.Contains("GET", wrong.Content.Headers.Allow);
        using var wrongItem = await host.SendAsync(HttpMethod.Post, "Users/abc");
        await ScimAssert.ErrorAsync(wrongItem, 405, null);
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Put, "ServiceProviderConfig", "{}"), 405, null);
    }

    [Fact]
    public async Task Head_answers_like_get_without_a_body()
    {
        await using var host = await ScimTestHost.StartAsync();
        var id = await host.CreateUserAsync("head@example.com");
        using var get = await host.SendAsync(HttpMethod.Get, $"Users/{id}");
        var getBody = await get.Content.ReadAsByteArrayAsync();

        using var head = await host.SendAsync(HttpMethod.Head, $"Users/{id}");

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(getBody.Length, head.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(HttpMethod.Head, "Users?filter=userName%20eq%20%22head%40example.com%22")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(HttpMethod.Head, "ServiceProviderConfig")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.SendAsync(HttpMethod.Head, "Users/no-such-id")).StatusCode);
        using var wrong = await host.SendAsync(HttpMethod.Delete, "Schemas");
        Assert.Contains("HEAD", wrong.Content.Headers.Allow);
    }

    [Fact]
    public async Task Custom_resource_types_get_every_endpoint()
    {
        var schema = new SchemaDefinition("urn:example:scim:schemas:Device", "Device", "A device",
            [new AttributeDefinition("serialNumber") { Required = true }, new AttributeDefinition("model")]);
        var device = new ResourceTypeDefinition("Device", "/Devices", schema, "Devices");
        await using var host = await ScimTestHost.StartAsync(build: scim => scim.AddResourceType(device, typeof(DeviceStore), Microsoft.Extensions.DependencyInjection.ServiceLifetime.Singleton));
        using var created = await host.SendAsync(HttpMethod.Post, "Devices", """{"schemas":["urn:example:scim:schemas:Device"],"serialNumber":"SN-1","model":"X"}""");
        var id = (await ScimAssert.StatusAsync(created, 201)).GetProperty("id").GetString()!;
        await ScimAssert.ListAsync(await host.SendAsync(HttpMethod.Get, "Devices?filter=serialNumber+eq+%22SN-1%22"), 1);
        var patched = await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Patch, $"Devices/{id}", $$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"replace","path":"model","value":"Y"}]}"""), 200);
        Assert.Equal("Y", patched.GetProperty("model").GetString());
        var types = await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Get, "ResourceTypes/Device"), 200);
        Assert.Equal("/Devices", types.GetProperty("endpoint").GetString());
        Assert.Equal(204, (int)(await host.SendAsync(HttpMethod.Delete, $"Devices/{id}")).StatusCode);
    }

    [Fact]
    public async Task Tenants_never_see_each_others_resources()
    {
        await using var host = await ScimTestHost.StartAsync();
        var id = await host.CreateUserAsync("acme@example.com");
        using var globex = host.CreateClient("globex", ScimTestHost.GlobexToken);
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Get, $"Users/{id}", client: globex), 404, null);
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Delete, $"Users/{id}", client: globex), 404, null);
        await ScimAssert.ListAsync(await host.SendAsync(HttpMethod.Get, "Users", client: globex), 0);
        Assert.NotNull(await host.LoadAsync("User", id));
    }

    [Fact]
    public async Task Requests_with_application_json_or_without_content_type_are_accepted()
    {
        await using var host = await ScimTestHost.StartAsync();
        await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Post, "Users", """{"userName":"json@example.com"}""", "application/json"), 201);
        await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Post, "Users", """{"userName":"none@example.com"}""", null), 201);
        await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Post, "Users", """{"userName":"charset@example.com"}""", "application/scim+json; charset=utf-8"), 201);
    }

    /// <summary>An in-memory store for a custom type, from the shared in-memory database.</summary>
    public sealed class DeviceStore(InMemoryScimDatabase database, ScimSchemaRegistry registry) : IScimResourceStore
    {
        private readonly InMemoryScimStore _inner = database.GetStore(registry.FindResourceType("Device")!);

        public ResourceTypeDefinition ResourceType => _inner.ResourceType;

        public Task<ScimResource> CreateAsync(ScimTenant tenant, ScimResource resource, CancellationToken cancellationToken = default) => _inner.CreateAsync(tenant, resource, cancellationToken);

        public Task<ScimResource?> GetAsync(ScimTenant tenant, string id, ScimLoadOptions? load = null, CancellationToken cancellationToken = default) => _inner.GetAsync(tenant, id, load, cancellationToken);

        public Task<ScimQueryResult> QueryAsync(ScimTenant tenant, ScimQuery query, CancellationToken cancellationToken = default) => _inner.QueryAsync(tenant, query, cancellationToken);

        public Task<ScimResource?> ReplaceAsync(ScimTenant tenant, ScimResource resource, string? expectedVersion, CancellationToken cancellationToken = default) => _inner.ReplaceAsync(tenant, resource, expectedVersion, cancellationToken);

        public Task<ScimResource?> ApplyPatchAsync(ScimTenant tenant, Scim.Patch.PatchResult patch, string? expectedVersion, CancellationToken cancellationToken = default) => _inner.ApplyPatchAsync(tenant, patch, expectedVersion, cancellationToken);

        public Task<bool> DeleteAsync(ScimTenant tenant, string id, string? expectedVersion, CancellationToken cancellationToken = default) => _inner.DeleteAsync(tenant, id, expectedVersion, cancellationToken);
    }
}
