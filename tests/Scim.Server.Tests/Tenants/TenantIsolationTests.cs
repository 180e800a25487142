namespace Scim.Server.Tests;

/// <summary>Tenants share one database and never see each other's resources; a token opens only its own tenant.</summary>
public sealed class TenantIsolationTests
{
    [Fact]
    public async Task A_resource_of_one_tenant_is_404_for_another_and_the_wrong_token_is_401()
    {
        using var directory = new ServerDirectory();
        await using var server = await RunningServer.StartSqliteAsync(directory);
        var acme = server.Client;
        var globexToken = await TenantCommandLineTests.AddTenantAsync(server.GetService<Tenants.ITenantDirectory>(), "globex");
        var globex = server.CreateClient("globex", globexToken);

        var userId = await acme.CreateUserAsync("shared.name@example.com");
        var groupId = await acme.CreateGroupAsync("Shared name", userId);

        await globex.ExpectErrorAsync(HttpMethod.Get, $"Users/{userId}", null, 404, null);
        await globex.ExpectErrorAsync(HttpMethod.Get, $"Groups/{groupId}", null, 404, null);
        await globex.ExpectErrorAsync(HttpMethod.Patch, $"Users/{userId}", """{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"active","value":false}]}""", 404, null);
        await globex.ExpectErrorAsync(HttpMethod.Patch, $"Groups/{groupId}", ScimHttp.MemberPatch("remove", userId), 404, null);
        await globex.ExpectErrorAsync(HttpMethod.Delete, $"Users/{userId}", null, 404, null);
        await globex.ExpectErrorAsync(HttpMethod.Delete, $"Groups/{groupId}", null, 404, null);
        ScimHttp.AssertList(await globex.GetJsonAsync("Users"), 0);
        ScimHttp.AssertList(await globex.GetJsonAsync("Users?filter=userName+eq+%22shared.name%40example.com%22"), 0);

        // Uniqueness is per tenant: the same names are free in the other one.
        var globexUser = await globex.CreateUserAsync("shared.name@example.com");
        await globex.CreateGroupAsync("Shared name", globexUser);

        // Nothing the other tenant did touched acme's data.
        Assert.True((await acme.GetJsonAsync($"Users/{userId}")).GetProperty("active").GetBoolean());
        Assert.Equal([userId], await acme.MembersAsync(groupId));
        await acme.ExpectErrorAsync(HttpMethod.Get, $"Users/{globexUser}", null, 404, null);

        // Tokens: another tenant's, none, a wrong one, an unknown tenant.
        using var globexTokenOnAcme = new HttpClient { BaseAddress = server.TenantUrl("acme") };
        globexTokenOnAcme.DefaultRequestHeaders.Authorization = new("Bearer", globexToken);
        await globexTokenOnAcme.ExpectAsync(HttpMethod.Get, $"Users/{userId}", null, 401);
        await server.CreateClient("acme", null).ExpectAsync(HttpMethod.Get, "Users", null, 401);
        await server.CreateClient("acme", RunningServer.Token + "x").ExpectAsync(HttpMethod.Get, "Users", null, 401);
        await server.CreateClient("nobody", RunningServer.Token).ExpectAsync(HttpMethod.Get, "Users", null, 401);
        await server.CreateClient("bad%20id", RunningServer.Token).ExpectAsync(HttpMethod.Get, "Users", null, 401, 404);
    }
}
