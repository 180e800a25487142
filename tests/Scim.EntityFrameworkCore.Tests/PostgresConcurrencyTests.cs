using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Scim.Abstractions;
using Scim.Schema;
using static Scim.Testing.ScimTestResources;

namespace Scim.EntityFrameworkCore.Tests;

/// <summary>
/// Races on a real PostgreSQL server, repeated for many rounds so that rare interleavings show up: parallel member
/// adds, removes and renames on one group, DELETE racing PATCH, If-Match races and parallel creates of userName
/// variants. Every round starts all writers behind one gate so they really overlap.
/// </summary>
public sealed class PostgresConcurrencyTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private readonly ScimTenant _tenant = new("race-" + Guid.NewGuid().ToString("N"));
    private readonly EntityFrameworkScimUserStore _users = database.Users;
    private readonly EntityFrameworkScimGroupStore _groups = database.Groups;

    [Fact]
    public async Task Sixty_four_parallel_member_adds_lose_nothing_over_one_hundred_rounds()
    {
        var userIds = await CreateUsersAsync("adder", 64);
        var lost = 0;
        for (var round = 0; round < 100; round++)
        {
            var group = await _groups.CreateAsync(_tenant, Group("Adds " + N(round)));
            await RaceAsync(userIds.Select(id => (Func<Task>)(() => _groups.ApplyPatchAsync(_tenant, MemberDelta(group, add: [id]), null))));

            var after = await _groups.GetAsync(_tenant, group.Id!);
            lost += userIds.Except(MemberIds(after), StringComparer.Ordinal).Count();
            Assert.Equal("W/\"65\"", after!.Version);
        }

        Assert.Equal(0, lost);
    }

    [Fact]
    public async Task Parallel_adds_removes_and_renames_on_one_group_all_take_effect()
    {
        var userIds = await CreateUsersAsync("mixed", 64);
        for (var round = 0; round < 20; round++)
        {
            var group = await _groups.CreateAsync(_tenant, Group("Mixed " + N(round), null, [.. userIds.Take(32)]));
            var names = Enumerable.Range(0, 8).Select(i => $"Mixed {N(round)} renamed {N(i)}").ToArray();
            var writers = userIds.Skip(32).Select(id => (Func<Task>)(() => _groups.ApplyPatchAsync(_tenant, MemberDelta(group, add: [id]), null)))
                .Concat(userIds.Take(16).Select(id => (Func<Task>)(() => _groups.ApplyPatchAsync(_tenant, MemberDelta(group, remove: [id]), null))))
                .Concat(names.Select(name => (Func<Task>)(() => RenameWithRetriesAsync(group.Id!, name))));
            await RaceAsync(writers);

            var after = await _groups.GetAsync(_tenant, group.Id!);
            Assert.Equal(userIds.Skip(16).Order(StringComparer.Ordinal), MemberIds(after));
            Assert.Contains(((ScimString)after!["displayName"]!).Value, names);
        }
    }

    [Fact]
    public async Task Delete_racing_member_patches_never_resurrects_a_group_or_leaves_member_rows()
    {
        var userIds = await CreateUsersAsync("deleted", 16);
        for (var round = 0; round < 50; round++)
        {
            var group = await _groups.CreateAsync(_tenant, Group("Doomed " + N(round), null, [.. userIds.Take(4)]));
            var writers = userIds.Select(id => (Func<Task>)(() => _groups.ApplyPatchAsync(_tenant, MemberDelta(group, add: [id]), null)))
                .Append(() => _groups.DeleteAsync(_tenant, group.Id!, null));
            await RaceAsync(writers);

            Assert.Null(await _groups.GetAsync(_tenant, group.Id!));
            await using var db = database.Open(_tenant);
            Assert.Equal(0, await db.GroupMembers.CountAsync(m => m.GroupId == group.Id));
            Assert.Null(await _groups.ApplyPatchAsync(_tenant, MemberDelta(group, add: [userIds[0]]), null));
        }
    }

    [Fact]
    public async Task Of_parallel_writers_with_the_same_If_Match_exactly_one_wins_every_round()
    {
        for (var round = 0; round < 50; round++)
        {
            var user = await _users.CreateAsync(_tenant, User("ifmatch-" + N(round)));
            var outcomes = new System.Collections.Concurrent.ConcurrentBag<int>();
            await RaceAsync(Enumerable.Range(0, 16).Select(i => (Func<Task>)(async () =>
            {
                try
                {
                    await _users.ApplyPatchAsync(_tenant, SetAttributes(user, ("displayName", new ScimString("writer " + N(i)))), user.Version);
                    outcomes.Add(200);
                }
                catch (ScimException ex)
                {
                    outcomes.Add(ex.Status);
                }
            })));

            Assert.Equal(1, outcomes.Count(s => s == 200));
            Assert.Equal(15, outcomes.Count(s => s == 412));
            Assert.Equal("W/\"2\"", (await _users.GetAsync(_tenant, user.Id!))!.Version);
        }
    }

    [Fact]
    public async Task Parallel_creates_of_userName_variants_give_exactly_one_user_every_round()
    {
        for (var round = 0; round < 20; round++)
        {
            var name = "variant" + N(round);
            var variants = new[] { name, name.ToUpperInvariant(), char.ToUpperInvariant(name[0]) + name[1..], FullWidth(name), FullWidth(name.ToUpperInvariant()) };
            var outcomes = new System.Collections.Concurrent.ConcurrentBag<int>();
            await RaceAsync(Enumerable.Range(0, 32).Select(i => (Func<Task>)(async () =>
            {
                try
                {
                    await _users.CreateAsync(_tenant, User(variants[i % variants.Length] + "@example.com"));
                    outcomes.Add(201);
                }
                catch (ScimException ex)
                {
                    outcomes.Add(ex.Status);
                }
            })));

            Assert.Equal(1, outcomes.Count(s => s == 201));
            Assert.Equal(31, outcomes.Count(s => s == 409));
        }
    }

    private async Task RenameWithRetriesAsync(string groupId, string name)
    {
        // What the endpoint does for a PATCH without If-Match: evaluate against the loaded version, retry on 412.
        for (var attempt = 0; ; attempt++)
        {
            var current = await _groups.GetAsync(_tenant, groupId, ScimLoadOptions.Omit("members"));
            try
            {
                await _groups.ApplyPatchAsync(_tenant, SetAttributes(current!, ("displayName", new ScimString(name))), current!.Version);
                return;
            }
            catch (ScimException ex) when (ex.Status == 412 && attempt < 200)
            {
            }
        }
    }

    private async Task<List<string>> CreateUsersAsync(string prefix, int count)
    {
        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            ids.Add((await _users.CreateAsync(_tenant, User($"{prefix}-{N(i)}"))).Id!);
        }

        return ids;
    }

    private static async Task RaceAsync(IEnumerable<Func<Task>> writers)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = writers.Select(writer => Task.Run(async () =>
        {
            await gate.Task;
            await writer();
        })).ToArray();
        gate.SetResult();
        await Task.WhenAll(tasks);
    }

    private static string N(int value) => value.ToString("D3", CultureInfo.InvariantCulture);

    private static string FullWidth(string text) =>
        string.Concat(text.Select(c => c is >= '!' and <= '~' ? (char)(c - '!' + '\uFF01') : c));
}
