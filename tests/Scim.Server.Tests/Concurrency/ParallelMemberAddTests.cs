namespace Scim.Server.Tests;

/// <summary>Concurrent PATCH member adds to one group through HTTP on SQLite lose nothing.</summary>
public sealed class ParallelMemberAddTests
{
    [Fact]
    public async Task Sixty_four_parallel_member_adds_to_one_group_are_all_kept()
    {
        using var directory = new ServerDirectory();
        await using var server = await RunningServer.StartSqliteAsync(directory);
        var client = server.Client;
        var groupId = await client.CreateGroupAsync("Everyone");
        var users = new List<string>();
        for (var i = 0; i < 64; i++)
        {
            users.Add(await client.CreateUserAsync($"member{i}@example.com"));
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var adds = users.Select(async id =>
        {
            await start.Task;
            await client.ExpectAsync(HttpMethod.Patch, $"Groups/{groupId}", ScimHttp.MemberPatch("Add", id), 204, 200);
        }).ToList();
        start.SetResult();
        await Task.WhenAll(adds);

        var members = await client.MembersAsync(groupId);
        Assert.Equal(64, members.Count);
        Assert.True(members.SetEquals(users));
    }
}
