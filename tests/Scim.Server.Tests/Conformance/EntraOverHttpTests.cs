using System.Text.Json;

namespace Scim.Server.Tests;

/// <summary>Microsoft Entra ID's provisioning cycles against the real server on SQLite, over HTTP.</summary>
public sealed class EntraOverHttpTests
{
    [Fact]
    public async Task Test_connection_gets_200_with_an_empty_list_response_as_scim_json()
    {
        using var directory = new ServerDirectory();
        await using var server = await RunningServer.StartSqliteAsync(directory);
        foreach (var number in new[] { "001", "002", "004" })
        {
            using var response = await server.Client.SendAsync(HttpMethod.Get, ConformanceCase.Load(number).Path);
            var json = await ScimHttp.StatusAsync(response, 200);
            Assert.Equal("application/scim+json", response.Content.Headers.ContentType?.MediaType);
            ScimHttp.AssertList(json, 0);
            Assert.Equal(0, json.GetProperty("Resources").GetArrayLength());
            Assert.Equal(1, json.GetProperty("startIndex").GetInt32());
        }
    }

    [Fact]
    public async Task Initial_cycle_matches_creates_users_and_a_group_without_members_then_adds_members()
    {
        using var directory = new ServerDirectory();
        await using var server = await RunningServer.StartSqliteAsync(directory);
        var client = server.Client;

        ScimHttp.AssertList(await ConformanceCase.Load("003").RunAsync(client), 0);
        var created = await ConformanceCase.Load("007").RunAsync(client);
        var userId = created.GetProperty("id").GetString()!;
        Assert.Equal("Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee", created.GetProperty("userName").GetString());
        Assert.Equal(new Uri(server.TenantUrl(RunningServer.Account), "Users/" + userId).ToString(), created.GetProperty("meta").GetProperty("location").GetString());

        // The matching query of the next cycle finds the user it created.
        var match = ScimHttp.AssertList(await ConformanceCase.Load("003").RunAsync(client), 1);
        Assert.Equal(userId, match.GetProperty("Resources")[0].GetProperty("id").GetString());
        var secondId = (await ConformanceCase.Load("008").RunAsync(client)).GetProperty("id").GetString()!;

        var group = await ConformanceCase.Load("015").RunAsync(client);
        var groupId = group.GetProperty("id").GetString()!;
        Assert.False(group.TryGetProperty("members", out var members) && members.GetArrayLength() > 0);
        ScimHttp.AssertList(await ConformanceCase.Load("017").RunAsync(client), 1);

        var ids = new Dictionary<string, string>
        {
            ["a99962b9f99d4c4fac67"] = groupId,
            ["f648f8d5ea4e4cd38e9c"] = userId,
            ["a11b22c33d44e55f6677"] = secondId,
        };
        var added = await ConformanceCase.Load("019").RunAsync(client, ids);
        Assert.Equal(JsonValueKind.Undefined, added.ValueKind);
        Assert.Equal([userId], await client.MembersAsync(groupId));

        // Several members in one operation, one of them present already.
        await ConformanceCase.Load("038").RunAsync(client, ids);
        var all = await client.MembersAsync(groupId);
        Assert.Equal(3, all.Count);
        Assert.Contains(secondId, all);

        var excluded = await ConformanceCase.Load("016").RunAsync(client, new Dictionary<string, string> { ["40734ae655284ad3abcc"] = groupId });
        Assert.Equal(groupId, excluded.GetProperty("id").GetString());
        Assert.False(excluded.TryGetProperty("members", out _));
    }

    [Fact]
    public async Task Incremental_cycle_patches_attributes_disables_with_string_False_renames_and_changes_membership()
    {
        using var directory = new ServerDirectory();
        await using var server = await RunningServer.StartSqliteAsync(directory);
        var client = server.Client;
        var userId = await client.CreateUserAsync("incremental@example.com", "\"name\":{\"givenName\":\"G\",\"familyName\":\"Old\"},\"emails\":[{\"type\":\"work\",\"value\":\"old@example.com\",\"primary\":true}]");
        var ids = new Dictionary<string, string>
        {
            ["6764549bef60420686bc"] = userId,
            ["5171a35d82074e068ce2"] = userId,
            ["{userId}"] = userId,
        };

        await ConformanceCase.Load("011").RunAsync(client, ids);
        var user = await client.GetJsonAsync($"Users/{userId}");
        Assert.Equal("updatedFamilyName", user.GetProperty("name").GetProperty("familyName").GetString());
        Assert.Equal("updatedEmail@example.com", user.GetProperty("emails")[0].GetProperty("value").GetString());

        await ConformanceCase.Load("026").RunAsync(client, ids);
        Assert.False((await client.GetJsonAsync($"Users/{userId}")).GetProperty("active").GetBoolean());
        ScimHttp.AssertList(await client.GetJsonAsync("Users?filter=active+eq+false"), 1);
        await ConformanceCase.Load("039").RunAsync(client, ids);
        Assert.True((await client.GetJsonAsync($"Users/{userId}")).GetProperty("active").GetBoolean());

        await ConformanceCase.Load("012").RunAsync(client, ids);
        Assert.Equal("5b50642d-79fc-4410-9e90-4c077cdd1a59@example.com", (await client.GetJsonAsync($"Users/{userId}")).GetProperty("userName").GetString());
        ScimHttp.AssertList(await client.GetJsonAsync("Users?filter=userName+eq+%22incremental%40example.com%22"), 0);
        await ConformanceCase.Load("013").RunAsync(client, ids);
        Assert.False((await client.GetJsonAsync($"Users/{userId}")).GetProperty("active").GetBoolean());

        var groupId = await client.CreateGroupAsync("Engineering");
        var groupIds = new Dictionary<string, string> { ["fa2ce26709934589afc5"] = groupId, ["{groupId}"] = groupId, ["a99962b9f99d4c4fac67"] = groupId, ["f648f8d5ea4e4cd38e9c"] = userId };
        await ConformanceCase.Load("018").RunAsync(client, groupIds);
        Assert.Equal("1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName", (await client.GetJsonAsync($"Groups/{groupId}")).GetProperty("displayName").GetString());

        var other = await client.CreateUserAsync("other@example.com");
        await client.ExpectAsync(HttpMethod.Patch, $"Groups/{groupId}", ScimHttp.MemberPatch("add", userId, other, "u1091", "7f4bc1a3-285e-48ae-8202-5accb43efb0e"), 204, 200);
        Assert.Equal(4, (await client.MembersAsync(groupId)).Count);

        // Value-array removal and the filter-path removal take out only the listed members.
        await ConformanceCase.Load("020").RunAsync(client, groupIds);
        await ConformanceCase.Load("031").RunAsync(client, groupIds);
        await ConformanceCase.Load("032").RunAsync(client, groupIds);
        Assert.Equal([other], await client.MembersAsync(groupId));
    }

    [Fact]
    public async Task Retried_requests_answer_409_uniqueness_404_or_succeed_without_change()
    {
        using var directory = new ServerDirectory();
        await using var server = await RunningServer.StartSqliteAsync(directory);
        var client = server.Client;

        var userId = (await ConformanceCase.Load("007").RunAsync(client)).GetProperty("id").GetString()!;
        var (status, error) = await ConformanceCase.Load("007").SendAsync(client);
        Assert.Equal(409, status);
        Assert.Equal("uniqueness", error.GetProperty("scimType").GetString());
        Assert.Equal("409", error.GetProperty("status").GetString());

        var groupId = (await ConformanceCase.Load("015").RunAsync(client)).GetProperty("id").GetString()!;
        var ids = new Dictionary<string, string> { ["a99962b9f99d4c4fac67"] = groupId, ["f648f8d5ea4e4cd38e9c"] = userId, ["5171a35d82074e068ce2"] = userId, ["cdb1ce18f65944079d37"] = groupId };
        await ConformanceCase.Load("019").RunAsync(client, ids);
        var version = (await client.GetJsonAsync($"Groups/{groupId}")).GetProperty("meta").GetProperty("version").GetString();
        await ConformanceCase.Load("019").RunAsync(client, ids);
        Assert.Equal([userId], await client.MembersAsync(groupId));
        Assert.Equal(version, (await client.GetJsonAsync($"Groups/{groupId}")).GetProperty("meta").GetProperty("version").GetString());

        await ConformanceCase.Load("020").RunAsync(client, ids);
        await ConformanceCase.Load("020").RunAsync(client, ids);
        Assert.Empty(await client.MembersAsync(groupId));

        await ConformanceCase.Load("014").RunAsync(client, ids);
        var (again, missing) = await ConformanceCase.Load("014").SendAsync(client, ids);
        Assert.Equal(404, again);
        Assert.Equal(ScimHttp.ErrorUrn, missing.GetProperty("schemas")[0].GetString());
        await ConformanceCase.Load("010").RunAsync(client, ids);

        await ConformanceCase.Load("021").RunAsync(client, ids);
        Assert.Equal(404, (await ConformanceCase.Load("021").SendAsync(client, ids)).Status);
    }
}
