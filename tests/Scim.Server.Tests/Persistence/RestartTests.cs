namespace Scim.Server.Tests;

/// <summary>Everything lives in the SQLite file: a new process on the same file sees users, groups, members and tenants.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task A_restart_on_the_same_file_keeps_users_groups_memberships_and_tokens()
    {
        using var directory = new ServerDirectory();
        string alice, bob, groupId, globexToken;
        await using (var first = await RunningServer.StartSqliteAsync(directory))
        {
            alice = await first.Client.CreateUserAsync("alice@example.com", "\"name\":{\"familyName\":\"Liddell\"}");
            bob = await first.Client.CreateUserAsync("bob@example.com");
            groupId = await first.Client.CreateGroupAsync("Staff", alice);
            await first.Client.ExpectAsync(HttpMethod.Patch, $"Groups/{groupId}", ScimHttp.MemberPatch("add", bob), 200, 204);
            await first.Client.ExpectAsync(HttpMethod.Patch, $"Users/{bob}", """{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"active","value":false}]}""", 200, 204);
            globexToken = await TenantCommandLineTests.AddTenantAsync(first.GetService<Tenants.ITenantDirectory>(), "globex");
            await first.CreateClient("globex", globexToken).CreateUserAsync("carol@example.com");
        }

        // No bootstrap settings this time: the tokens must come from the database.
        await using var second = await RunningServer.StartSqliteAsync(directory, bootstrap: false);
        Assert.Equal(string.Empty, second.Output.ToString());
        var client = second.Client;
        var user = await client.GetJsonAsync($"Users/{alice}");
        Assert.Equal("Liddell", user.GetProperty("name").GetProperty("familyName").GetString());
        Assert.False((await client.GetJsonAsync($"Users/{bob}")).GetProperty("active").GetBoolean());
        ScimHttp.AssertList(await client.GetJsonAsync("Users?filter=userName+eq+%22ALICE%40example.com%22"), 1);
        Assert.Equal(new HashSet<string> { alice, bob }, await client.MembersAsync(groupId));
        ScimHttp.AssertList(await client.GetJsonAsync("Groups"), 1);

        var globex = second.CreateClient("globex", globexToken);
        ScimHttp.AssertList(await globex.GetJsonAsync("Users?filter=userName+eq+%22carol%40example.com%22"), 1);

        // Uniqueness survives too.
        await client.ExpectErrorAsync(HttpMethod.Post, "Users", """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"Alice@Example.com"}""", 409, "uniqueness");
        var tenants = await second.GetService<Tenants.ITenantDirectory>().ListAsync(CancellationToken.None);
        Assert.Equal(["acme", "globex"], tenants.Select(t => t.AccountId));
    }
}
