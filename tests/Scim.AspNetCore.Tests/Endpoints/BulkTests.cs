using System.Text.Json;
using Scim.Testing;

namespace Scim.AspNetCore.Tests;

/// <summary>/Bulk: bulkId references, failOnErrors, limits, and paths that try to leave the base URL.</summary>
public sealed class BulkTests
{
    private const string Bulk = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

    private static string Request(string operations, string? extra = null) =>
        $$"""{"schemas":["{{Bulk}}"]{{(extra is null ? "" : "," + extra)}},"Operations":[{{operations}}]}""";

    private static List<JsonElement> Operations(JsonElement response)
    {
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:BulkResponse", response.GetProperty("schemas")[0].GetString());
        return [.. response.GetProperty("Operations").EnumerateArray()];
    }

    [Fact]
    public async Task Bulk_ids_resolve_in_values_and_paths_even_when_referenced_before_they_are_defined()
    {
        await using var host = await ScimTestHost.StartAsync();
        var body = Request("""
            {"method":"POST","path":"/Groups","bulkId":"g1","data":{"displayName":"Bulk group","members":[{"type":"User","value":"bulkId:u1"}]}},
            {"method":"POST","path":"/Users","bulkId":"u1","data":{"userName":"bulk@example.com"}},
            {"method":"PATCH","path":"/Groups/bulkId:g1","data":{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"displayName","value":"Renamed"}]}}
            """);
        var response = await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Post, "Bulk", body), 200);
        var operations = Operations(response);
        Assert.Equal(["201", "201", "204"], operations.Select(o => o.GetProperty("status").GetString()));
        var userId = operations[1].GetProperty("location").GetString()!.Split('/')[^1];
        var groupId = operations[0].GetProperty("location").GetString()!.Split('/')[^1];
        var group = (await host.LoadAsync("Group", groupId))!;
        Assert.Equal([userId], ScimTestResources.MemberIds(group));
        Assert.Equal("Renamed", ((Scim.Schema.ScimString)group["displayName"]!).Value);
    }

    [Fact]
    public async Task Circular_and_unknown_bulk_ids_fail_their_operations_with_409()
    {
        await using var host = await ScimTestHost.StartAsync();
        var body = Request("""
            {"method":"POST","path":"/Groups","bulkId":"a","data":{"displayName":"A","members":[{"value":"bulkId:b"}]}},
            {"method":"POST","path":"/Groups","bulkId":"b","data":{"displayName":"B","members":[{"value":"bulkId:a"}]}},
            {"method":"POST","path":"/Users","bulkId":"c","data":{"userName":"c@example.com","displayName":"bulkId:nowhere"}}
            """);
        var before = await host.SnapshotAsync();
        var operations = Operations(await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Post, "Bulk", body), 200));
        Assert.All(operations, o =>
        {
            Assert.Equal("409", o.GetProperty("status").GetString());
            Assert.Equal("invalidValue", o.GetProperty("response").GetProperty("scimType").GetString());
        });
        Assert.Equal(before, await host.SnapshotAsync());
    }

    [Fact]
    public async Task Fail_on_errors_stops_after_that_many_errors()
    {
        await using var host = await ScimTestHost.StartAsync();
        var body = Request("""
            {"method":"DELETE","path":"/Users/missing-1"},
            {"method":"DELETE","path":"/Users/missing-2"},
            {"method":"POST","path":"/Users","bulkId":"x","data":{"userName":"never@example.com"}}
            """, "\"failOnErrors\":2");
        var operations = Operations(await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Post, "Bulk", body), 200));
        Assert.Equal(["404", "404"], operations.Select(o => o.GetProperty("status").GetString()));
        Assert.Equal(string.Empty, await host.SnapshotAsync());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("\"1\"")]
    [InlineData("1.5")]
    public async Task Fail_on_errors_must_be_a_positive_integer(string value)
    {
        await using var host = await ScimTestHost.StartAsync();
        var body = Request("""{"method":"DELETE","path":"/Users/x"}""", "\"failOnErrors\":" + value);
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Post, "Bulk", body), 400, "invalidValue");
    }

    [Theory]
    [InlineData("http://evil.example.com/Users")]
    [InlineData("/../../admin/Users")]
    [InlineData("//evil.example.com/Users")]
    [InlineData("/Users/../Groups")]
    [InlineData("/Users?filter=x")]
    [InlineData("/Schemas")]
    [InlineData("/Users/a/b")]
    [InlineData("Users")]
    public async Task Paths_that_leave_the_base_url_are_refused(string path)
    {
        await using var host = await ScimTestHost.StartAsync();
        var body = Request($$$"""{"method":"POST","path":{{{JsonSerializer.Serialize(path)}}},"bulkId":"p","data":{"userName":"p@example.com"}}""");
        var operation = Operations(await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Post, "Bulk", body), 200)).Single();
        Assert.Equal("400", operation.GetProperty("status").GetString());
        Assert.Equal("invalidValue", operation.GetProperty("response").GetProperty("scimType").GetString());
        Assert.Equal(string.Empty, await host.SnapshotAsync());
    }

    [Fact]
    public async Task Too_many_operations_is_413_naming_max_operations()
    {
        await using var host = await ScimTestHost.StartAsync(o => o.Bulk.MaxOperations = 2);
        var ok = Request(string.Join(',', Enumerable.Range(0, 2).Select(i => $$$"""{"method":"POST","path":"/Users","bulkId":"u{{{i}}}","data":{"userName":"u{{{i}}}@example.com"}}""")));
        await ScimAssert.StatusAsync(await host.SendAsync(HttpMethod.Post, "Bulk", ok), 200);
        var before = await host.SnapshotAsync();
        var tooMany = Request(string.Join(',', Enumerable.Range(2, 3).Select(i => $$$"""{"method":"POST","path":"/Users","bulkId":"u{{{i}}}","data":{"userName":"u{{{i}}}@example.com"}}""")));
        var error = await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Post, "Bulk", tooMany), 413, null);
        Assert.Contains("maxOperations", error.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await host.SnapshotAsync());
    }

    [Fact]
    public async Task Too_large_a_payload_is_413_naming_max_payload_size()
    {
        await using var host = await ScimTestHost.StartAsync(o => o.Bulk.MaxPayloadSize = 2048);
        var body = Request($$$"""{"method":"POST","path":"/Users","bulkId":"big","data":{"userName":"big@example.com","displayName":"{{{new string('x', 4000)}}}"}}""");
        var error = await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Post, "Bulk", body), 413, null);
        Assert.Contains("maxPayloadSize", error.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, await host.SnapshotAsync());
    }

    [Theory]
    [InlineData("""{"Operations":[]}""", "invalidSyntax")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"]}""", "invalidSyntax")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],"Operations":[1]}""", "invalidSyntax")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],"Operations":[{"path":"/Users"}]}""", "invalidSyntax")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],"Operations":[{"method":"POST","path":"/Users","bulkId":"a"},{"method":"POST","path":"/Users","bulkId":"a"}]}""", "invalidValue")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],"operations":[],"Operations":[]}""", "invalidSyntax")]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],"Operations":[{"method":""", "invalidSyntax")]
    public async Task Malformed_bulk_requests_are_400(string body, string scimType)
    {
        await using var host = await ScimTestHost.StartAsync();
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Post, "Bulk", body), 400, scimType);
        Assert.Equal(string.Empty, await host.SnapshotAsync());
    }
}
