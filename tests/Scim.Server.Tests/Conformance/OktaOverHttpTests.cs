using System.Text.Json;

namespace Scim.Server.Tests;

/// <summary>Okta's provisioning flows against the real server on SQLite, over HTTP.</summary>
public sealed class OktaOverHttpTests
{
    private const string OktaUserId = "23a35c27-23d3-4c03-b4c5-6443c09e7173";
    private const string OktaOtherUserId = "89bb1940-b905-4575-9e7f-6f887cfb368e";
    private const string OktaGroupId = "abf4dd94-a4c0-4f67-89c9-76b03340cb9b";

    [Fact]
    public async Task Create_with_password_never_echoes_it_and_a_duplicate_is_409_uniqueness()
    {
        using var directory = new ServerDirectory();
        await using var server = await RunningServer.StartSqliteAsync(directory);
        var client = server.Client;

        ScimHttp.AssertList(await ConformanceCase.Load("059").RunAsync(client), 0);
        var created = await ConformanceCase.Load("060").RunAsync(client);
        Assert.False(created.TryGetProperty("password", out _));
        Assert.DoesNotContain("1mz050nq", created.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("00ujl29u0le5T6Aj10h7", created.GetProperty("externalId").GetString());
        var id = created.GetProperty("id").GetString()!;

        var read = await ConformanceCase.Load("063").RunAsync(client, new Dictionary<string, string> { [OktaUserId] = id });
        Assert.DoesNotContain("1mz050nq", read.GetRawText(), StringComparison.Ordinal);
        var found = ScimHttp.AssertList(await ConformanceCase.Load("059").RunAsync(client), 1);
        Assert.DoesNotContain("1mz050nq", found.GetRawText(), StringComparison.Ordinal);

        var duplicate = await ConformanceCase.Load("061").RunAsync(client);
        Assert.Equal("uniqueness", duplicate.GetProperty("scimType").GetString());
        Assert.DoesNotContain("1mz050nq", duplicate.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_pages_through_every_user_once_with_startIndex_and_count()
    {
        using var directory = new ServerDirectory();
        await using var server = await RunningServer.StartSqliteAsync(directory);
        var client = server.Client;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 7; i++)
        {
            ids.Add(await client.CreateUserAsync($"import{i}@example.com"));
        }

        var everything = ScimHttp.AssertList(await ConformanceCase.Load("062").RunAsync(client), 7);
        Assert.Equal(7, everything.GetProperty("Resources").GetArrayLength());

        var seen = new List<string>();
        for (var start = 1; start <= 7; start += 3)
        {
            var page = ScimHttp.AssertList(await client.GetJsonAsync($"Users?startIndex={start}&count=3"), 7);
            Assert.Equal(start, page.GetProperty("startIndex").GetInt32());
            Assert.Equal(Math.Min(3, 8 - start), page.GetProperty("itemsPerPage").GetInt32());
            seen.AddRange(page.GetProperty("Resources").EnumerateArray().Select(r => r.GetProperty("id").GetString()!));
        }

        Assert.Equal(7, seen.Count);
        Assert.True(ids.SetEquals(seen));
    }

    [Fact]
    public async Task Put_replaces_the_whole_user_and_pathless_patches_deactivate_and_reactivate()
    {
        using var directory = new ServerDirectory();
        await using var server = await RunningServer.StartSqliteAsync(directory);
        var client = server.Client;
        var id = (await ConformanceCase.Load("060").RunAsync(client)).GetProperty("id").GetString()!;
        var ids = new Dictionary<string, string> { [OktaUserId] = id };
        var groupId = await client.CreateGroupAsync("Okta pushed", id);

        var replaced = await ConformanceCase.Load("064").RunAsync(client, ids);
        Assert.Equal("Another", replaced.GetProperty("name").GetProperty("givenName").GetString());
        var user = await client.GetJsonAsync($"Users/{id}");
        Assert.Equal("Excited", user.GetProperty("name").GetProperty("middleName").GetString());
        // Full replace: what the PUT left out (displayName, locale, externalId of the create) is gone.
        Assert.False(user.TryGetProperty("locale", out _));
        Assert.False(user.TryGetProperty("displayName", out _));
        // "groups": [] in the PUT is read-only: the membership stays.
        Assert.Equal([id], await client.MembersAsync(groupId));

        await ConformanceCase.Load("065").RunAsync(client, ids);
        Assert.False((await client.GetJsonAsync($"Users/{id}")).GetProperty("active").GetBoolean());
        await ConformanceCase.Load("066").RunAsync(client, ids);
        Assert.True((await client.GetJsonAsync($"Users/{id}")).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Group_push_creates_links_renames_changes_membership_replaces_and_deletes()
    {
        using var directory = new ServerDirectory();
        await using var server = await RunningServer.StartSqliteAsync(directory);
        var client = server.Client;
        var first = (await ConformanceCase.Load("060").RunAsync(client)).GetProperty("id").GetString()!;
        var second = await client.CreateUserAsync("second.user@example.com");

        var group = await ConformanceCase.Load("067").RunAsync(client);
        var groupId = group.GetProperty("id").GetString()!;
        Assert.Equal("Test SCIMv2", group.GetProperty("displayName").GetString());
        var ids = new Dictionary<string, string> { [OktaGroupId] = groupId, [OktaUserId] = first, [OktaOtherUserId] = second };

        var linked = ScimHttp.AssertList(await ConformanceCase.Load("068").RunAsync(client), 1);
        Assert.Equal(groupId, linked.GetProperty("Resources")[0].GetProperty("id").GetString());
        ScimHttp.AssertList(await ConformanceCase.Load("069").RunAsync(client), 1);

        // Rename away, then Okta's pathless rename (with the id in the value) brings the name back.
        await client.ExpectAsync(HttpMethod.Patch, $"Groups/{groupId}", """{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"displayName","value":"Before rename"}]}""", 200, 204);
        await ConformanceCase.Load("071").RunAsync(client, ids);
        var renamed = await ConformanceCase.Load("070").RunAsync(client, ids);
        Assert.Equal("Test SCIMv2", renamed.GetProperty("displayName").GetString());
        Assert.Equal(groupId, renamed.GetProperty("id").GetString());

        await client.ExpectAsync(HttpMethod.Patch, $"Groups/{groupId}", ScimHttp.MemberPatch("add", second), 200, 204);
        await ConformanceCase.Load("072").RunAsync(client, ids);
        Assert.Equal([first], await client.MembersAsync(groupId));

        await ConformanceCase.Load("073").RunAsync(client, ids);
        Assert.Equal(new HashSet<string> { first, second }, await client.MembersAsync(groupId));

        var put = await ConformanceCase.Load("074").RunAsync(client, ids);
        Assert.Equal(JsonValueKind.Object, put.ValueKind);
        Assert.Equal([first], await client.MembersAsync(groupId));

        await ConformanceCase.Load("075").RunAsync(client, ids);
        await client.ExpectErrorAsync(HttpMethod.Get, $"Groups/{groupId}", null, 404, null);
        // The users stay.
        await client.GetJsonAsync($"Users/{second}");
    }
}
