using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Scim.Abstractions;
using Scim.Patch;
using Scim.Schema;

namespace Scim.AspNetCore.Tests;

/// <summary>What the endpoints ask of the store: filters as queries, members left out when not needed.</summary>
public sealed class StoreInteractionTests
{
    private const string PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    [Fact]
    public async Task Group_reads_and_queries_excluding_members_ask_the_store_to_omit_them()
    {
        await using var host = await ScimTestHost.StartAsync(build: scim => scim.AddGroupStore<RecordingGroupStore>(ServiceLifetime.Singleton));
        var store = host.App.Services.GetRequiredService<RecordingGroupStore>();
        var id = await host.CreateGroupAsync("Recorded", null, "m1");

        await host.SendAsync(HttpMethod.Get, $"Groups/{id}?excludedAttributes=members");
        Assert.False(store.Loads.Last().Includes("members"));
        await host.SendAsync(HttpMethod.Get, "Groups?excludedAttributes=members&filter=displayName+eq+%22Recorded%22");
        Assert.False(store.Queries.Last().Load.Includes("members"));
        Assert.NotNull(store.Queries.Last().Filter);
        await host.SendAsync(HttpMethod.Get, $"Groups/{id}");
        Assert.True(store.Loads.Last().Includes("members"));
    }

    [Fact]
    public async Task A_member_add_never_loads_the_members_and_commits_a_delta_without_a_version()
    {
        await using var host = await ScimTestHost.StartAsync(build: scim => scim.AddGroupStore<RecordingGroupStore>(ServiceLifetime.Singleton));
        var store = host.App.Services.GetRequiredService<RecordingGroupStore>();
        var id = await host.CreateGroupAsync("Deltas", null, "m1");
        using var response = await host.SendAsync(HttpMethod.Patch, $"Groups/{id}", $$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"add","path":"members","value":[{"value":"m2"}]}]}""");
        Assert.Equal(204, (int)response.StatusCode);
        Assert.False(store.Loads.Last().Includes("members"));
        var (patch, expected) = store.Patches.Last();
        Assert.Null(expected);
        Assert.Equal(["m2"], patch.Changes.FindDelta("members")!.Added.Select(v => ((ScimString)v["value"]!).Value));

        using var rename = await host.SendAsync(HttpMethod.Patch, $"Groups/{id}", $$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"replace","path":"displayName","value":"Renamed"}]}""");
        Assert.Equal(204, (int)rename.StatusCode);
        Assert.NotNull(store.Patches.Last().ExpectedVersion);
    }

    [Fact]
    public async Task A_member_operation_that_needs_current_values_loads_them()
    {
        await using var host = await ScimTestHost.StartAsync(build: scim => scim.AddGroupStore<RecordingGroupStore>(ServiceLifetime.Singleton));
        var store = host.App.Services.GetRequiredService<RecordingGroupStore>();
        var id = await host.CreateGroupAsync("Filtered");
        await host.SendAsync(HttpMethod.Patch, $"Groups/{id}", $$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"add","path":"members","value":[{"value":"u1","display":"Bob"},{"value":"u2","display":"Alice"}]}]}""");
        using var response = await host.SendAsync(HttpMethod.Patch, $"Groups/{id}", $$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"remove","path":"members[display eq \"Bob\"]"}]}""");
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        Assert.True(store.Loads.Last().Includes("members"));
        Assert.Equal(["u2"], Scim.Testing.ScimTestResources.MemberIds(await host.LoadAsync("Group", id)));
    }

    /// <summary>The in-memory Group store, recording what the endpoints ask of it.</summary>
    public sealed class RecordingGroupStore(InMemoryScimDatabase database, ScimSchemaRegistry registry) : IScimGroupStore
    {
        private readonly InMemoryScimGroupStore _inner = database.CreateGroupStore(registry.FindResourceType("Group")!);

        public ConcurrentQueue<ScimLoadOptions> Loads { get; } = new();

        public ConcurrentQueue<ScimQuery> Queries { get; } = new();

        public ConcurrentQueue<(PatchResult Patch, string? ExpectedVersion)> Patches { get; } = new();

        public ResourceTypeDefinition ResourceType => _inner.ResourceType;

        public Task<ScimResource> CreateAsync(ScimTenant tenant, ScimResource resource, CancellationToken cancellationToken = default) => _inner.CreateAsync(tenant, resource, cancellationToken);

        public Task<ScimResource?> GetAsync(ScimTenant tenant, string id, ScimLoadOptions? load = null, CancellationToken cancellationToken = default)
        {
            Loads.Enqueue(load ?? ScimLoadOptions.Full);
            return _inner.GetAsync(tenant, id, load, cancellationToken);
        }

        public Task<ScimQueryResult> QueryAsync(ScimTenant tenant, ScimQuery query, CancellationToken cancellationToken = default)
        {
            Queries.Enqueue(query);
            return _inner.QueryAsync(tenant, query, cancellationToken);
        }

        public Task<ScimResource?> ReplaceAsync(ScimTenant tenant, ScimResource resource, string? expectedVersion, CancellationToken cancellationToken = default) => _inner.ReplaceAsync(tenant, resource, expectedVersion, cancellationToken);

        public Task<ScimResource?> ApplyPatchAsync(ScimTenant tenant, PatchResult patch, string? expectedVersion, CancellationToken cancellationToken = default)
        {
            Patches.Enqueue((patch, expectedVersion));
            return _inner.ApplyPatchAsync(tenant, patch, expectedVersion, cancellationToken);
        }

        public Task<bool> DeleteAsync(ScimTenant tenant, string id, string? expectedVersion, CancellationToken cancellationToken = default) => _inner.DeleteAsync(tenant, id, expectedVersion, cancellationToken);
    }
}
