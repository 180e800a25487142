using System.Text.Json;

namespace Scim.AspNetCore.Tests;

/// <summary>filter, sortBy/sortOrder, startIndex/count, cursor, attributes/excludedAttributes on lists and /.search.</summary>
public sealed class QueryParameterTests
{
    private static async Task<ScimTestHost> HostWithUsersAsync(int count)
    {
        var host = await ScimTestHost.StartAsync();
        for (var i = 0; i < count; i++)
        {
            await host.CreateUserAsync($"user{i:D2}@example.com", extra: $"\"displayName\":\"Name {count - i:D2}\"");
        }

        return host;
    }

    private static List<string> UserNames(JsonElement list) =>
        [.. list.GetProperty("Resources").EnumerateArray().Select(r => r.GetProperty("userName").GetString()!)];

    [Theory]
    [InlineData("Users?filter=userName+eq+%22user03%40example.com%22")]
    [InlineData("Users?filter=userName%20eq%20%22user03%40example.com%22")]
    [InlineData("Users?filter=userName eq \"user03@example.com\"")]
    [InlineData("Users?filter=userName+eq+%22USER03%40EXAMPLE.COM%22&aadOptscim062020")]
    public async Task Filters_arrive_in_every_client_encoding(string path)
    {
        await using var host = await HostWithUsersAsync(5);
        using var response = await host.SendAsync(HttpMethod.Get, path);
        var list = await ScimAssert.ListAsync(response, 1);
        Assert.Equal(["user03@example.com"], UserNames(list));
    }

    [Fact]
    public async Task Sort_by_and_sort_order_order_the_results()
    {
        await using var host = await HostWithUsersAsync(4);
        using var ascending = await host.SendAsync(HttpMethod.Get, "Users?sortBy=displayName");
        Assert.Equal(["user03@example.com", "user02@example.com", "user01@example.com", "user00@example.com"], UserNames(await ScimAssert.ListAsync(ascending, 4)));
        using var descending = await host.SendAsync(HttpMethod.Get, "Users?sortBy=displayName&sortOrder=descending");
        Assert.Equal(["user00@example.com", "user01@example.com", "user02@example.com", "user03@example.com"], UserNames(await ScimAssert.ListAsync(descending, 4)));
    }

    [Theory]
    [InlineData("startIndex=-5&count=2", 1, 2)]
    [InlineData("startIndex=0&count=2", 1, 2)]
    [InlineData("startIndex=3&count=2", 3, 2)]
    [InlineData("startIndex=5&count=10", 5, 1)]
    [InlineData("startIndex=9&count=10", 9, 0)]
    [InlineData("count=-1", 1, 0)]
    [InlineData("count=0", 1, 0)]
    [InlineData("count=99999999999999999999", 1, 5)]
    public async Task Start_index_and_count_follow_rfc_7644(string query, int startIndex, int items)
    {
        await using var host = await HostWithUsersAsync(5);
        using var response = await host.SendAsync(HttpMethod.Get, "Users?" + query);
        var list = await ScimAssert.ListAsync(response, 5);
        Assert.Equal(startIndex, list.GetProperty("startIndex").GetInt32());
        Assert.Equal(items, list.GetProperty("itemsPerPage").GetInt32());
        Assert.Equal(items, list.GetProperty("Resources").GetArrayLength());
    }

    [Fact]
    public async Task Count_is_capped_at_the_maximum_page_size()
    {
        await using var host = await ScimTestHost.StartAsync(o =>
        {
            o.Limits.DefaultPageSize = 2;
            o.Limits.MaxPageSize = 3;
        });
        for (var i = 0; i < 5; i++)
        {
            await host.CreateUserAsync($"u{i}@example.com");
        }

        using var response = await host.SendAsync(HttpMethod.Get, "Users?count=1000");
        var list = await ScimAssert.ListAsync(response, 5);
        Assert.Equal(3, list.GetProperty("Resources").GetArrayLength());
    }

    [Fact]
    public async Task Cursor_paging_walks_every_resource_once_with_next_cursor()
    {
        await using var host = await HostWithUsersAsync(5);
        var seen = new List<string>();
        var cursor = string.Empty;
        for (var guard = 0; guard < 10; guard++)
        {
            using var response = await host.SendAsync(HttpMethod.Get, $"Users?count=2&cursor={Uri.EscapeDataString(cursor)}");
            var list = await ScimAssert.ListAsync(response, 5);
            Assert.False(list.TryGetProperty("startIndex", out _));
            seen.AddRange(UserNames(list));
            if (!list.TryGetProperty("nextCursor", out var next))
            {
                break;
            }

            cursor = next.GetString()!;
        }

        Assert.Equal(5, seen.Distinct().Count());
        Assert.Equal(5, seen.Count);
    }

    [Fact]
    public async Task Attributes_and_excluded_attributes_project_the_response()
    {
        await using var host = await HostWithUsersAsync(1);
        using var only = await host.SendAsync(HttpMethod.Get, "Users?attributes=userName");
        var resource = (await ScimAssert.ListAsync(only, 1)).GetProperty("Resources")[0];
        Assert.True(resource.TryGetProperty("id", out _));
        Assert.True(resource.TryGetProperty("userName", out _));
        Assert.False(resource.TryGetProperty("displayName", out _));

        using var without = await host.SendAsync(HttpMethod.Get, "Users?excludedAttributes=displayName,nosuchattribute");
        resource = (await ScimAssert.ListAsync(without, 1)).GetProperty("Resources")[0];
        Assert.True(resource.TryGetProperty("userName", out _));
        Assert.False(resource.TryGetProperty("displayName", out _));
    }

    [Fact]
    public async Task Group_reads_pass_the_member_omission_to_the_store()
    {
        await using var host = await ScimTestHost.StartAsync();
        var id = await host.CreateGroupAsync("Engineers", null, "u1", "u2");
        using var full = await host.SendAsync(HttpMethod.Get, $"Groups/{id}");
        Assert.Equal(2, (await ScimAssert.StatusAsync(full, 200)).GetProperty("members").GetArrayLength());
        using var excluded = await host.SendAsync(HttpMethod.Get, $"Groups/{id}?excludedAttributes=members");
        Assert.False((await ScimAssert.StatusAsync(excluded, 200)).TryGetProperty("members", out _));
        Assert.Equal(["members"], QueryPlanner.LoadOptionsFor(Scim.Schema.CoreSchemas.GroupResourceType,
            Scim.Schema.ScimProjection.Create(Scim.Schema.CoreSchemas.GroupResourceType, null, "members")).OmittedAttributes);
    }

    [Fact]
    public async Task Search_with_post_uses_the_search_request_body()
    {
        await using var host = await HostWithUsersAsync(3);
        using var response = await host.SendAsync(HttpMethod.Post, "Users/.search",
            """{"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],"filter":"userName sw \"user0\"","sortBy":"userName","sortOrder":"descending","startIndex":1,"count":2,"attributes":["userName"]}""");
        var list = await ScimAssert.ListAsync(response, 3);
        Assert.Equal(["user02@example.com", "user01@example.com"], UserNames(list));
        Assert.False(list.GetProperty("Resources")[0].TryGetProperty("displayName", out _));
    }

    [Fact]
    public async Task Root_search_spans_users_and_groups()
    {
        await using var host = await HostWithUsersAsync(2);
        await host.CreateGroupAsync("Team");
        using var all = await host.SendAsync(HttpMethod.Post, ".search", """{"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"]}""");
        var list = await ScimAssert.ListAsync(all, 3);
        Assert.Equal(3, list.GetProperty("Resources").GetArrayLength());

        using var paged = await host.SendAsync(HttpMethod.Post, ".search", """{"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],"startIndex":2,"count":2}""");
        var page = await ScimAssert.ListAsync(paged, 3);
        var resources = page.GetProperty("Resources").EnumerateArray().ToList();
        Assert.Equal(2, resources.Count);
        Assert.Equal("Team", resources[1].GetProperty("displayName").GetString());

        using var filtered = await host.SendAsync(HttpMethod.Post, ".search", """{"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],"filter":"displayName eq \"Team\""}""");
        await ScimAssert.ListAsync(filtered, 1);

        // userName exists only on Users: Groups simply do not match.
        using var usersOnly = await host.SendAsync(HttpMethod.Post, ".search", """{"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],"filter":"userName sw \"user\""}""");
        await ScimAssert.ListAsync(usersOnly, 2);

        // A filter no type can evaluate is the client's error.
        using var nowhere = await host.SendAsync(HttpMethod.Post, ".search", """{"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],"filter":"nosuch eq \"x\""}""");
        await ScimAssert.ErrorAsync(nowhere, 400, "invalidFilter");
    }

    [Theory]
    [InlineData("password eq \\\"secret\\\"")]
    [InlineData("displayName pr or password eq \\\"secret\\\"")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:password pr")]
    public async Task Root_search_refuses_a_filter_on_password_as_the_users_endpoint_does(string filter)
    {
        await using var host = await HostWithUsersAsync(1);
        await host.CreateGroupAsync("Team");
        var body = """{"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],"filter":"FILTER"}""".Replace("FILTER", filter, StringComparison.Ordinal);

        using var root = await host.SendAsync(HttpMethod.Post, ".search", body);
        using var users = await host.SendAsync(HttpMethod.Post, "Users/.search", body);

        var rootError = await ScimAssert.ErrorAsync(root, 400, "invalidFilter");
        await ScimAssert.ErrorAsync(users, 400, "invalidFilter");
        Assert.Contains("password", rootError.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", rootError.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
