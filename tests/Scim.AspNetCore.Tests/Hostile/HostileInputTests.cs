using System.Text;

namespace Scim.AspNetCore.Tests;

/// <summary>
/// The hostile-input classes of RELIABILITY.md through the real pipeline. Each case asserts the status, the
/// <c>scimType</c>, the Error schema and that the store did not change.
/// </summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private const string PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private ScimTestHost _host = null!;
    private string _userId = null!;
    private string _groupId = null!;

    public async Task InitializeAsync()
    {
        _host = await ScimTestHost.StartAsync();
        _userId = await _host.CreateUserAsync("victim@example.com", extra: "\"password\":\"initial-secret\"");
        _groupId = await _host.CreateGroupAsync("Victims", null, _userId);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task RefusedAsync(HttpMethod method, string path, string? body, int status, string? scimType, string? contentType = "application/scim+json")
    {
        var before = await _host.SnapshotAsync();
        using var response = await _host.SendAsync(method, path.Replace("{user}", _userId, StringComparison.Ordinal).Replace("{group}", _groupId, StringComparison.Ordinal), body, contentType);
        await ScimAssert.ErrorAsync(response, status, scimType);
        Assert.Equal(before, await _host.SnapshotAsync());
    }

    public static TheoryData<string, string?> BadQueries => new()
    {
        { "Users?startIndex=abc", "invalidValue" },
        { "Users?count=ten", "invalidValue" },
        { "Users?count=1.5", "invalidValue" },
        { "Users?startIndex=1&startIndex=2", "invalidValue" },
        { "Users?sortBy=nosuchattribute", "invalidValue" },
        { "Users?sortBy=password", "invalidValue" },
        { "Users?sortBy=emails[type eq \"work\"]", "invalidValue" },
        { "Users?sortOrder=sideways&sortBy=userName", "invalidValue" },
        { "Users?cursor=&startIndex=1", "invalidValue" },
        { "Users?cursor=not-a-cursor", "invalidCursor" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public Task Bad_query_parameters_are_400(string path, string? scimType) => RefusedAsync(HttpMethod.Get, path, null, 400, scimType);

    [Theory]
    [InlineData("userName eq \"unterminated")]
    [InlineData("userName eq \"bad \\q escape\"")]
    [InlineData("userName xx \"a\"")]
    [InlineData("active gt true")]
    [InlineData("not userName eq \"a\"")]
    [InlineData("()")]
    [InlineData("userName eq")]
    [InlineData("password eq \"initial-secret\"")]
    [InlineData("password pr")]
    [InlineData("nosuchattribute eq \"x\"")]
    [InlineData("emails[nosuch eq \"x\"]")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:password sw \"i\"")]
    public Task Bad_filters_are_400_invalid_filter(string filter) =>
        RefusedAsync(HttpMethod.Get, "Users?filter=" + Uri.EscapeDataString(filter), null, 400, "invalidFilter");

    [Fact]
    public async Task Deeply_nested_and_very_wide_filters_are_refused_in_bounded_time()
    {
        var deep = new string('(', 5000) + "userName eq \"a\"" + new string(')', 5000);
        await RefusedAsync(HttpMethod.Post, "Users/.search", $$"""{"filter":{{System.Text.Json.JsonSerializer.Serialize(deep)}}}""", 400, "invalidFilter");
        var wide = string.Join(" or ", Enumerable.Range(0, 101).Select(i => $"userName eq \\\"u{i}\\\""));
        await RefusedAsync(HttpMethod.Post, "Users/.search", $$"""{"filter":"{{wide}}"}""", 400, "invalidFilter");
        var longFilter = "userName eq \"" + new string('a', 9000) + "\"";
        await RefusedAsync(HttpMethod.Get, "Users?filter=" + Uri.EscapeDataString(longFilter), null, 400, "invalidFilter");
    }

    [Theory]
    [InlineData("userName eq \"a' OR '1'='1\"")]
    [InlineData("userName co \"%\"")]
    [InlineData("userName eq \"*)(uid=*\"")]
    [InlineData("userName sw \"_\"")]
    public async Task Metacharacters_in_filter_values_match_literally(string filter)
    {
        using var response = await _host.SendAsync(HttpMethod.Get, "Users?filter=" + Uri.EscapeDataString(filter));
        await ScimAssert.ListAsync(response, 0);
    }

    [Theory]
    [InlineData("""{"userName":"x@example.com" """)]
    [InlineData("""{"userName":"x@example.com"} trailing""")]
    [InlineData("""{"userName":"a@example.com","USERNAME":"b@example.com"}""")]
    [InlineData("""{"userName":"a@example.com","userName":"b@example.com"}""")]
    [InlineData("""{"userName":"\uD800"}""")]
    [InlineData("""[1,2,3]""")]
    [InlineData("""{"userName": "x@example.com", /* comment */ "active": true}""")]
    public Task Malformed_json_is_400_invalid_syntax(string body) => RefusedAsync(HttpMethod.Post, "Users", body, 400, "invalidSyntax");

    [Fact]
    public async Task Invalid_utf8_and_deep_nesting_are_400_invalid_syntax()
    {
        var before = await _host.SnapshotAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "Users") { Content = new ByteArrayContent([.. "{\"userName\":\""u8, 0xC3, 0x28, .. "\"}"u8]) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/scim+json");
        await ScimAssert.ErrorAsync(await _host.Client.SendAsync(request), 400, "invalidSyntax");
        var deep = "{\"userName\":\"d@example.com\",\"name\":" + string.Concat(Enumerable.Repeat("{\"x\":", 100)) + "1" + new string('}', 100) + "}";
        await ScimAssert.ErrorAsync(await _host.SendAsync(HttpMethod.Post, "Users", deep), 400, "invalidSyntax");
        Assert.Equal(before, await _host.SnapshotAsync());
    }

    [Theory]
    [InlineData("""{"userName":"x@example.com","active":3}""")]
    [InlineData("""{"userName":["x@example.com"]}""")]
    [InlineData("""{"userName":"x@example.com","emails":[{"value":"a@example.com","primary":true},{"value":"b@example.com","primary":true}]}""")]
    [InlineData("""{"displayName":"no userName"}""")]
    public Task Wrong_types_and_missing_required_values_are_400_invalid_value(string body) => RefusedAsync(HttpMethod.Post, "Users", body, 400, "invalidValue");

    [Fact]
    public Task Duplicate_user_name_is_409_uniqueness() =>
        RefusedAsync(HttpMethod.Post, "Users", """{"userName":"VICTIM@example.com"}""", 409, "uniqueness");

    public static TheoryData<string, string> BadPatches => new()
    {
        { """{"Operations":[{"op":"replace","path":"active","value":false}]}""", "invalidSyntax" },
        { """{"schemas":["urn:wrong"],"Operations":[{"op":"replace","path":"active","value":false}]}""", "invalidSyntax" },
        { $$"""{"schemas":["{{PatchOp}}"],"Operations":[]}""", "invalidSyntax" },
        { $$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"move","path":"active","from":"x"}]}""", "invalidSyntax" },
        { $$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"test","path":"active","value":true}]}""", "invalidSyntax" },
        { $$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"remove"}]}""", "noTarget" },
        { $$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"replace","path":"emails[type eq","value":"x"}]}""", "invalidPath" },
        { $$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"replace","path":"id","value":"other"}]}""", "mutability" },
        { $$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"replace","path":"active","value":false},{"op":"replace","path":"active","value":3}]}""", "invalidValue" },
    };

    [Theory]
    [MemberData(nameof(BadPatches))]
    public Task Bad_patches_change_nothing(string body, string scimType) => RefusedAsync(HttpMethod.Patch, "Users/{user}", body, 400, scimType);

    [Fact]
    public async Task Huge_member_lists_beyond_the_limit_are_refused()
    {
        await using var host = await ScimTestHost.StartAsync(o => o.Limits.MaxValuesPerRequest = 10);
        var id = await host.CreateGroupAsync("Limited");
        var before = await host.SnapshotAsync();
        var members = string.Join(',', Enumerable.Range(0, 11).Select(i => $$"""{"value":"m{{i}}"}"""));
        using var response = await host.SendAsync(HttpMethod.Patch, $"Groups/{id}", $$"""{"schemas":["{{PatchOp}}"],"Operations":[{"op":"add","path":"members","value":[{{members}}]}]}""");
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(before, await host.SnapshotAsync());
    }

    [Fact]
    public async Task Bodies_over_the_limit_are_413_even_without_content_length()
    {
        await using var host = await ScimTestHost.StartAsync(o => o.Limits.MaxRequestBodySize = 4096);
        var big = $$"""{"userName":"big@example.com","displayName":"{{new string('x', 5000)}}"}""";
        await ScimAssert.ErrorAsync(await host.SendAsync(HttpMethod.Post, "Users", big), 413, null);
        var request = new HttpRequestMessage(HttpMethod.Post, "Users") { Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(big))) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/scim+json");
        await ScimAssert.ErrorAsync(await host.Client.SendAsync(request), 413, null);
        Assert.Equal(string.Empty, await host.SnapshotAsync());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    [InlineData("not a media type")]
    public Task Unknown_content_types_are_415(string contentType) =>
        RefusedAsync(HttpMethod.Post, "Users", """{"userName":"ct@example.com"}""", 415, null, contentType);

    [Fact]
    public Task Empty_bodies_are_400() => RefusedAsync(HttpMethod.Post, "Users", string.Empty, 400, "invalidSyntax");

    [Fact]
    public async Task A_body_id_and_read_only_attributes_are_ignored_on_create()
    {
        using var response = await _host.SendAsync(HttpMethod.Post, "Users", $$$"""{"id":"{{{_userId}}}","userName":"mass@example.com","groups":[{"value":"{{{_groupId}}}"}],"meta":{"created":"2000-01-01T00:00:00Z"}}""");
        var json = await ScimAssert.StatusAsync(response, 201);
        Assert.NotEqual(_userId, json.GetProperty("id").GetString());
        Assert.NotEqual("2000-01-01T00:00:00Z", json.GetProperty("meta").GetProperty("created").GetString());
    }

    [Fact]
    public async Task Password_is_never_returned_nor_logged()
    {
        using var response = await _host.SendAsync(HttpMethod.Get, $"Users/{_userId}?attributes=password");
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("initial-secret", text, StringComparison.Ordinal);
        using var filtered = await _host.SendAsync(HttpMethod.Get, "Users?filter=" + Uri.EscapeDataString("password eq \"initial-secret\""));
        Assert.DoesNotContain("initial-secret", await filtered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The SCIM logs carry the filter's shape only. (ASP.NET Core's own request logging at Information level
        // prints whole URLs, query strings included: hosts that log requests must treat them as sensitive.)
        Assert.Contains(_host.Logs.Lines, line => line.Contains("Scim.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Logs.Lines, line => line.Contains("Scim.", StringComparison.Ordinal) && line.Contains("initial-secret", StringComparison.Ordinal));
    }

    /// <summary>A stream that does not tell its length, so the client sends a chunked body.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
