using Scim.Schema;
using Scim.Testing;

namespace Scim.AspNetCore.Tests;

/// <summary>Okta's provisioning flows: create, match, import, profile PUT, deactivation, group push.</summary>
public sealed class OktaFlowTests
{
    private const string UserId = "23a35c27-23d3-4c03-b4c5-6443c09e7173";
    private const string OtherUserId = "89bb1940-b905-4575-9e7f-6f887cfb368e";
    private const string GroupId = "abf4dd94-a4c0-4f67-89c9-76b03340cb9b";

    [Fact]
    public async Task User_lifecycle_create_duplicate_match_put_deactivate_reactivate()
    {
        await using var host = await ScimTestHost.StartAsync();
        var absent = await ConformanceCase.Load("059").RunAsync(host);
        Assert.Equal(0, absent.GetProperty("totalResults").GetInt32());

        host.Ids.Enqueue(UserId);
        var created = await ConformanceCase.Load("060").RunAsync(host);
        Assert.Equal(UserId, created.GetProperty("id").GetString());
        Assert.False(created.TryGetProperty("password", out _));

        var before = await host.SnapshotAsync();
        var duplicate = await ConformanceCase.Load("061").RunAsync(host);
        Assert.Equal("uniqueness", duplicate.GetProperty("scimType").GetString());
        Assert.Equal(before, await host.SnapshotAsync());

        var match = await ConformanceCase.Load("059").RunAsync(host);
        Assert.Equal(1, match.GetProperty("totalResults").GetInt32());
        Assert.Equal(1, match.GetProperty("startIndex").GetInt32());

        var byId = await ConformanceCase.Load("063").RunAsync(host);
        Assert.Equal(UserId, byId.GetProperty("id").GetString());

        var replaced = await ConformanceCase.Load("064").RunAsync(host);
        Assert.Equal("Another", replaced.GetProperty("name").GetProperty("givenName").GetString());
        Assert.Equal("Excited", replaced.GetProperty("name").GetProperty("middleName").GetString());
        Assert.False(replaced.TryGetProperty("displayName", out _));

        await ConformanceCase.Load("065").RunAsync(host);
        Assert.Equal(ScimBoolean.False, (await host.LoadAsync("User", UserId))!["active"]);
        using (var stillThere = await host.SendAsync(HttpMethod.Get, $"Users/{UserId}"))
        {
            await ScimAssert.StatusAsync(stillThere, 200);
        }

        await ConformanceCase.Load("066").RunAsync(host);
        Assert.Equal(ScimBoolean.True, (await host.LoadAsync("User", UserId))!["active"]);
    }

    [Fact]
    public async Task Import_pages_through_users_with_integer_paging_fields_and_a_stable_order()
    {
        await using var host = await ScimTestHost.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            await host.CreateUserAsync($"user{i}@example.com");
        }

        var page = await ConformanceCase.Load("062").RunAsync(host);
        Assert.Equal(5, page.GetProperty("totalResults").GetInt32());
        Assert.Equal(5, page.GetProperty("itemsPerPage").GetInt32());
        Assert.Equal(1, page.GetProperty("startIndex").GetInt32());

        var seen = new List<string>();
        for (var start = 1; start <= 5; start += 2)
        {
            using var response = await host.SendAsync(HttpMethod.Get, $"Users?startIndex={start}&count=2");
            var json = await ScimAssert.ListAsync(response, 5);
            seen.AddRange(json.GetProperty("Resources").EnumerateArray().Select(r => r.GetProperty("id").GetString()!));
        }

        Assert.Equal(page.GetProperty("Resources").EnumerateArray().Select(r => r.GetProperty("id").GetString()!), seen);
    }

    [Fact]
    public async Task Group_push_creates_links_renames_and_manages_membership()
    {
        await using var host = await ScimTestHost.StartAsync();
        await host.CreateUserAsync("test.user@example.com", UserId);
        await host.CreateUserAsync("other.user@example.com", OtherUserId);
        host.Ids.Enqueue(GroupId);
        var created = await ConformanceCase.Load("067").RunAsync(host);
        Assert.Equal(GroupId, created.GetProperty("id").GetString());

        var link = await ConformanceCase.Load("068").RunAsync(host);
        Assert.Equal(1, link.GetProperty("totalResults").GetInt32());
        var imported = await ConformanceCase.Load("069").RunAsync(host);
        Assert.Equal(1, imported.GetProperty("totalResults").GetInt32());

        var version = (await host.LoadAsync("Group", GroupId))!.Version;
        await ConformanceCase.Load("071").RunAsync(host);
        Assert.Equal(version, (await host.LoadAsync("Group", GroupId))!.Version);

        await host.SendAsync(HttpMethod.Patch, $"Groups/{GroupId}", $$"""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"members","value":[{"value":"{{OtherUserId}}"}]}]}""");
        await ConformanceCase.Load("072").RunAsync(host);
        Assert.Equal([UserId], ScimTestResources.MemberIds(await host.LoadAsync("Group", GroupId)));

        await ConformanceCase.Load("073").RunAsync(host);
        Assert.Equal([UserId, OtherUserId], ScimTestResources.MemberIds(await host.LoadAsync("Group", GroupId)).Order(StringComparer.Ordinal));

        var withMembers = await ConformanceCase.Load("070").RunAsync(host);
        Assert.Equal(2, withMembers.GetProperty("members").GetArrayLength());

        var replaced = await ConformanceCase.Load("074").RunAsync(host);
        Assert.Equal(GroupId, replaced.GetProperty("id").GetString());
        Assert.Equal([UserId], ScimTestResources.MemberIds(await host.LoadAsync("Group", GroupId)));

        await ConformanceCase.Load("075").RunAsync(host);
        Assert.Null(await host.LoadAsync("Group", GroupId));
        // The members stay.
        Assert.NotNull(await host.LoadAsync("User", UserId));
    }
}
