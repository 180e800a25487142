using Scim.Schema;
using Scim.Testing;

namespace Scim.AspNetCore.Tests;

/// <summary>Parallel writes through the pipeline: nothing lost, no spurious 412.</summary>
public sealed class ParallelPatchTests
{
    private const string PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    [Fact]
    public async Task Sixty_four_parallel_member_adds_to_one_group_all_take_effect()
    {
        await using var host = await ScimTestHost.StartAsync();
        var groupId = await host.CreateGroupAsync("Crowd");
        var members = Enumerable.Range(0, 64).Select(i => $"member-{i:D2}").ToList();
        var responses = await Task.WhenAll(members.Select(async member =>
        {
            using var response = await host.SendAsync(HttpMethod.Patch, $"Groups/{groupId}",
                $$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"Add","path":"members","value":[{"value":"{{member}}"}]}]}""");
            return (int)response.StatusCode;
        }));
        Assert.All(responses, status => Assert.Equal(204, status));
        Assert.Equal(members, ScimTestResources.MemberIds(await host.LoadAsync("Group", groupId)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Parallel_renames_and_member_changes_neither_lose_updates_nor_surface_412()
    {
        // 16 renames race for one version: allow each enough retries that losing every race is impossible.
        await using var host = await ScimTestHost.StartAsync(o => o.Patch.MaxConcurrencyRetries = 32);
        var groupId = await host.CreateGroupAsync("Start");
        var tasks = new List<Task<int>>();
        for (var i = 0; i < 16; i++)
        {
            var n = i;
            tasks.Add(Send($$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"replace","path":"displayName","value":"Name {{n}}"},{"op":"add","path":"members","value":[{"value":"r{{n}}"}]}]}"""));
            tasks.Add(Send($$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"add","path":"members","value":[{"value":"a{{n}}"}]}]}"""));
        }

        var statuses = await Task.WhenAll(tasks);
        Assert.All(statuses, status => Assert.Equal(204, status));
        var group = (await host.LoadAsync("Group", groupId))!;
        Assert.Equal(32, ScimTestResources.MemberIds(group).Count);
        Assert.StartsWith("Name ", ((ScimString)group["displayName"]!).Value, StringComparison.Ordinal);

        async Task<int> Send(string body)
        {
            using var response = await host.SendAsync(HttpMethod.Patch, $"Groups/{groupId}", body);
            return (int)response.StatusCode;
        }
    }

    [Fact]
    public async Task Parallel_creates_of_one_user_name_give_exactly_one_201()
    {
        await using var host = await ScimTestHost.StartAsync();
        var statuses = await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
        {
            using var response = await host.SendAsync(HttpMethod.Post, "Users", $$"""{"userName":"{{(i % 2 == 0 ? "race@example.com" : "RACE@example.com")}}"}""");
            return (int)response.StatusCode;
        }));
        Assert.Single(statuses, s => s == 201);
        Assert.Equal(15, statuses.Count(s => s == 409));
    }
}
