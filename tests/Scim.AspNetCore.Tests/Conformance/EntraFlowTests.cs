using System.Text.Json;
using Scim.Schema;

namespace Scim.AspNetCore.Tests;

/// <summary>Microsoft Entra ID's provisioning flows, each conformance case inside the flow it belongs to.</summary>
public sealed class EntraFlowTests
{
    private const string EnterpriseUrn = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    [Fact]
    public async Task Test_connection_probes_answer_empty_list_responses()
    {
        await using var host = await ScimTestHost.StartAsync();
        foreach (var number in new[] { "001", "002", "004" })
        {
            var json = await ConformanceCase.Load(number).RunAsync(host);
            Assert.Equal(ScimAssert.ListResponseUrn, json.GetProperty("schemas")[0].GetString());
            Assert.Equal(0, json.GetProperty("totalResults").GetInt32());
            Assert.Equal(0, json.GetProperty("Resources").GetArrayLength());
            Assert.Equal(1, json.GetProperty("startIndex").GetInt32());
        }
    }

    [Fact]
    public async Task Initial_cycle_matches_then_creates_users_and_finds_them_case_insensitively()
    {
        await using var host = await ScimTestHost.StartAsync();
        var match = await ConformanceCase.Load("003").RunAsync(host);
        Assert.Equal(0, match.GetProperty("totalResults").GetInt32());

        host.Ids.Enqueue("48af03ac28ad4fb88478");
        var created = await ConformanceCase.Load("007").RunAsync(host);
        Assert.Equal("48af03ac28ad4fb88478", created.GetProperty("id").GetString());
        Assert.Equal("0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef", created.GetProperty("externalId").GetString());
        Assert.True(created.GetProperty("active").GetBoolean());
        Assert.EndsWith("/accounts/acme/scim/v2/Users/48af03ac28ad4fb88478", created.GetProperty("meta").GetProperty("location").GetString(), StringComparison.Ordinal);

        // Read your writes: the same matching query now finds the user.
        var found = await ConformanceCase.Load("003").RunAsync(host);
        Assert.Equal(1, found.GetProperty("totalResults").GetInt32());
        Assert.Equal("48af03ac28ad4fb88478", found.GetProperty("Resources")[0].GetProperty("id").GetString());

        using var upper = await host.SendAsync(HttpMethod.Get, "Users?filter=USERNAME+Eq+%22TEST_USER_00AA00AA-BB11-CC22-DD33-44EE44EE44EE%22");
        await ScimAssert.ListAsync(upper, 1);

        // Nulls and a typo'd extension URN are tolerated.
        var second = await ConformanceCase.Load("008").RunAsync(host);
        Assert.False(string.IsNullOrEmpty(second.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Matching_by_external_id_accepts_quoted_and_unquoted_values()
    {
        await using var host = await ScimTestHost.StartAsync();
        await host.CreateUserAsync("jexample@example.com", extra: "\"externalId\":\"jexample\"");
        var quoted = await ConformanceCase.Load("005").RunAsync(host);
        Assert.Equal(1, quoted.GetProperty("totalResults").GetInt32());
        var unquoted = await ConformanceCase.Load("006").RunAsync(host);
        Assert.Equal(1, unquoted.GetProperty("totalResults").GetInt32());
    }

    [Fact]
    public async Task Get_user_by_id_and_unknown_id()
    {
        await using var host = await ScimTestHost.StartAsync();
        await host.CreateUserAsync("someone@example.com", "5d48a0a8e9f04aa38008");
        var user = await ConformanceCase.Load("009").RunAsync(host);
        Assert.Equal("5d48a0a8e9f04aa38008", user.GetProperty("id").GetString());
        var missing = await ConformanceCase.Load("010").RunAsync(host);
        Assert.Equal(ScimAssert.ErrorUrn, missing.GetProperty("schemas")[0].GetString());
        Assert.Equal("404", missing.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Incremental_cycle_user_patches_take_effect()
    {
        await using var host = await ScimTestHost.StartAsync();
        await host.CreateUserAsync("a@example.com", "6764549bef60420686bc", "\"emails\":[{\"type\":\"work\",\"value\":\"old@example.com\"}],\"name\":{\"familyName\":\"Old\"}");
        await ConformanceCase.Load("011").RunAsync(host);
        var user = (await host.LoadAsync("User", "6764549bef60420686bc"))!;
        Assert.NotEqual("Old", ((ScimString)((ScimComplex)user["name"]!)["familyName"]!).Value);
        Assert.DoesNotContain("old@example.com", ScimJsonWriter.SerializeResourceToString(user), StringComparison.Ordinal);

        await host.CreateUserAsync("b@example.com", "5171a35d82074e068ce2");
        await ConformanceCase.Load("012").RunAsync(host);
        await ConformanceCase.Load("013").RunAsync(host);
        user = (await host.LoadAsync("User", "5171a35d82074e068ce2"))!;
        Assert.NotEqual("b@example.com", ((ScimString)user["userName"]!).Value);
        Assert.Equal(ScimBoolean.False, user["active"]);

        // Disabled users stay readable and filterable.
        using var inactive = await host.SendAsync(HttpMethod.Get, "Users?filter=active+eq+false");
        await ScimAssert.ListAsync(inactive, 1);

        var deleted = await ConformanceCase.Load("014").RunAsync(host);
        Assert.Equal(JsonValueKind.Undefined, deleted.ValueKind);
        Assert.Null(await host.LoadAsync("User", "5171a35d82074e068ce2"));

        // A repeated DELETE is 404.
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Delete, "Users/5171a35d82074e068ce2"), 404, null);
    }

    [Fact]
    public async Task Compatibility_patches_disable_rename_extend_and_reactivate()
    {
        await using var host = await ScimTestHost.StartAsync();
        var id = await host.CreateUserAsync("compat@example.com", extra: "\"name\":{\"givenName\":\"G\",\"familyName\":\"F\"},\"emails\":[{\"type\":\"work\",\"value\":\"w@example.com\"}]");
        var placeholders = new Dictionary<string, string> { ["userId"] = id };
        foreach (var number in new[] { "026", "027" })
        {
            await ConformanceCase.Load(number).RunAsync(host, placeholders);
            Assert.Equal(ScimBoolean.False, (await host.LoadAsync("User", id))!["active"]);
            await ConformanceCase.Load("039").RunAsync(host, placeholders);
            Assert.Equal(ScimBoolean.True, (await host.LoadAsync("User", id))!["active"]);
        }

        await ConformanceCase.Load("028").RunAsync(host, placeholders);
        foreach (var number in new[] { "029", "030", "036", "037", "025" })
        {
            await ConformanceCase.Load(number).RunAsync(host, placeholders);
        }

        var user = (await host.LoadAsync("User", id))!;
        var enterprise = user.GetExtension(EnterpriseUrn)!;
        Assert.Equal("271", ((ScimString)((ScimComplex)enterprise["manager"]!)["value"]!).Value);
        Assert.NotNull(enterprise["employeeNumber"]);
        Assert.NotNull(user["roles"]);
    }

    [Fact]
    public async Task Mixed_path_and_pathless_operations_apply_together_and_department_creates_the_extension()
    {
        await using var host = await ScimTestHost.StartAsync();
        await host.CreateUserAsync("flag@example.com", "ac56b4e5-e079-46d0-810e-85ddbd223b09", "\"emails\":[{\"type\":\"work\",\"value\":\"w@example.com\"}]");
        await ConformanceCase.Load("033").RunAsync(host);
        var user = (await host.LoadAsync("User", "ac56b4e5-e079-46d0-810e-85ddbd223b09"))!;
        Assert.Equal("someone", ((ScimString)user["userName"]!).Value);
        Assert.Equal(ScimBoolean.False, user["active"]);
        await ConformanceCase.Load("034").RunAsync(host);
        user = (await host.LoadAsync("User", "ac56b4e5-e079-46d0-810e-85ddbd223b09"))!;
        Assert.NotNull(user.GetExtension(EnterpriseUrn)?["department"]);
    }

    [Fact]
    public async Task Manager_reference_pass_queries_and_sets_the_manager()
    {
        await using var host = await ScimTestHost.StartAsync();
        await host.CreateUserAsync("manager@example.com", "2819c223-7f76-453a-919d-413861904646");
        await host.CreateUserAsync("report@example.com", "a0a0a0a0-bbbb-cccc-dddd-e1e1e1e1e1e1");
        await ConformanceCase.Load("024").RunAsync(host);
        var report = (await host.LoadAsync("User", "a0a0a0a0-bbbb-cccc-dddd-e1e1e1e1e1e1"))!;
        Assert.NotNull(report.GetExtension(EnterpriseUrn)?["manager"]);
        var query = await ConformanceCase.Load("023").RunAsync(host);
        Assert.Equal(JsonValueKind.Array, query.GetProperty("Resources").ValueKind);
    }

    [Fact]
    public async Task Group_cycle_creates_without_members_then_patches_membership_with_204()
    {
        await using var host = await ScimTestHost.StartAsync();
        host.Ids.Enqueue("a99962b9f99d4c4fac67");
        var group = await ConformanceCase.Load("015").RunAsync(host);
        var groupId = group.GetProperty("id").GetString()!;
        Assert.Equal("a99962b9f99d4c4fac67", groupId);

        var byName = await ConformanceCase.Load("017").RunAsync(host);
        Assert.Equal(JsonValueKind.Array, byName.GetProperty("Resources").ValueKind);

        await host.CreateUserAsync("member@example.com", "f648f8d5ea4e4cd38e9c");
        var added = await ConformanceCase.Load("019").RunAsync(host);
        Assert.Equal(JsonValueKind.Undefined, added.ValueKind);
        Assert.Equal(["f648f8d5ea4e4cd38e9c"], ScimTestResourcesMembers(await host.LoadAsync("Group", groupId)));

        // Retried in a later cycle: adding a present member succeeds and changes nothing.
        var version = (await host.LoadAsync("Group", groupId))!.Version;
        await ConformanceCase.Load("019").RunAsync(host);
        Assert.Equal(version, (await host.LoadAsync("Group", groupId))!.Version);

        // Several members in one operation, one of them already present.
        await ConformanceCase.Load("038").RunAsync(host);
        Assert.Equal(3, ScimTestResourcesMembers(await host.LoadAsync("Group", groupId)).Count);

        await ConformanceCase.Load("020").RunAsync(host);
        Assert.DoesNotContain("f648f8d5ea4e4cd38e9c", ScimTestResourcesMembers(await host.LoadAsync("Group", groupId)));
        // Removing an absent member is idempotent too.
        await ConformanceCase.Load("020").RunAsync(host);
        Assert.Equal(2, ScimTestResourcesMembers(await host.LoadAsync("Group", groupId)).Count);

        // Entra's value-array removal and the compliance-flag filter removal remove only the listed members.
        await host.SendAsync(HttpMethod.Patch, $"Groups/{groupId}", """{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"members","value":[{"value":"u1091"},{"value":"7f4bc1a3-285e-48ae-8202-5accb43efb0e"}]}]}""");
        var placeholders = new Dictionary<string, string> { ["groupId"] = groupId };
        await ConformanceCase.Load("031").RunAsync(host, placeholders);
        await ConformanceCase.Load("032").RunAsync(host, placeholders);
        var members = ScimTestResourcesMembers(await host.LoadAsync("Group", groupId));
        Assert.Equal(2, members.Count);
        Assert.DoesNotContain("u1091", members);
    }

    [Fact]
    public async Task Group_reads_exclude_members_and_renames_keep_the_id()
    {
        await using var host = await ScimTestHost.StartAsync();
        await host.CreateGroupAsync("displayName", "40734ae655284ad3abcc", "m1", "m2");
        var group = await ConformanceCase.Load("016").RunAsync(host);
        Assert.False(group.TryGetProperty("members", out _));
        var list = await ConformanceCase.Load("017").RunAsync(host);
        Assert.Equal(1, list.GetProperty("totalResults").GetInt32());
        Assert.False(list.GetProperty("Resources")[0].TryGetProperty("members", out _));

        await host.CreateGroupAsync("Old name", "fa2ce26709934589afc5");
        await ConformanceCase.Load("018").RunAsync(host);
        var renamed = (await host.LoadAsync("Group", "fa2ce26709934589afc5"))!;
        Assert.NotEqual("Old name", ((ScimString)renamed["displayName"]!).Value);

        await host.CreateGroupAsync("Doomed", "cdb1ce18f65944079d37");
        await ConformanceCase.Load("021").RunAsync(host);
        Assert.Null(await host.LoadAsync("Group", "cdb1ce18f65944079d37"));
    }

    [Fact]
    public async Task Schema_discovery_lists_the_core_schemas()
    {
        await using var host = await ScimTestHost.StartAsync();
        var schemas = await ConformanceCase.Load("022").RunAsync(host);
        var ids = schemas.GetProperty("Resources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Contains(ScimSchemaIds.User, ids);
        Assert.Contains(ScimSchemaIds.Group, ids);
        Assert.Contains(EnterpriseUrn, ids);
    }

    internal static IReadOnlyList<string> ScimTestResourcesMembers(ScimResource? group) => Scim.Testing.ScimTestResources.MemberIds(group);
}
