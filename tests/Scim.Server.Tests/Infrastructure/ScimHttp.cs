using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Scim.Server.Tests;

/// <summary>Requests and assertions over real HTTP.</summary>
public static class ScimHttp
{
    public const string ScimJson = "application/scim+json";
    public const string ErrorUrn = "urn:ietf:params:scim:api:messages:2.0:Error";
    public const string ListResponseUrn = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    public const string PatchOpUrn = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    /// <summary>Sends a request; <paramref name="path"/> is relative to the client's base address (a leading '/' is dropped).</summary>
    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string path, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(ScimJson);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Sends and checks the status; returns the JSON body (default when empty).</summary>
    public static async Task<JsonElement> ExpectAsync(this HttpClient client, HttpMethod method, string path, string? body, params int[] statuses)
    {
        using var response = await client.SendAsync(method, path, body);
        return await StatusAsync(response, statuses);
    }

    public static Task<JsonElement> GetJsonAsync(this HttpClient client, string path) => client.ExpectAsync(HttpMethod.Get, path, null, 200);

    /// <summary>POSTs a minimal user and returns its id.</summary>
    public static async Task<string> CreateUserAsync(this HttpClient client, string userName, string extra = "")
    {
        var body = $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":{{JsonSerializer.Serialize(userName)}},"active":true{{(extra.Length > 0 ? "," + extra : "")}}}""";
        var created = await client.ExpectAsync(HttpMethod.Post, "Users", body, 201);
        return created.GetProperty("id").GetString()!;
    }

    /// <summary>POSTs a group (members optional) and returns its id.</summary>
    public static async Task<string> CreateGroupAsync(this HttpClient client, string displayName, params string[] members)
    {
        var memberJson = string.Join(',', members.Select(m => $$"""{"value":"{{m}}"}"""));
        var body = $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":{{JsonSerializer.Serialize(displayName)}},"members":[{{memberJson}}]}""";
        var created = await client.ExpectAsync(HttpMethod.Post, "Groups", body, 201);
        return created.GetProperty("id").GetString()!;
    }

    public static string MemberPatch(string op, params string[] members) =>
        $$"""{"schemas":["{{PatchOpUrn}}"],"Operations":[{"op":"{{op}}","path":"members","value":[{{string.Join(',', members.Select(m => $$"""{"value":"{{m}}"}"""))}}]}]}""";

    /// <summary>The member ids of a group, read over HTTP.</summary>
    public static async Task<IReadOnlySet<string>> MembersAsync(this HttpClient client, string groupId)
    {
        var group = await client.GetJsonAsync($"Groups/{groupId}");
        return group.TryGetProperty("members", out var members)
            ? members.EnumerateArray().Select(m => m.GetProperty("value").GetString()!).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }

    public static async Task<JsonElement> StatusAsync(HttpResponseMessage response, params int[] statuses)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(statuses.Contains((int)response.StatusCode), $"Expected {string.Join(" or ", statuses)} but got {(int)response.StatusCode}: {text}");
        if (text.Length == 0)
        {
            return default;
        }

        IsScimJson(response);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static void IsScimJson(HttpResponseMessage response) =>
        Assert.Equal(ScimJson, response.Content.Headers.ContentType?.MediaType);

    /// <summary>The response is a SCIM Error with the status (a string, per RFC 7644) and scimType.</summary>
    public static async Task<JsonElement> ErrorAsync(HttpResponseMessage response, int status, string? scimType)
    {
        var json = await StatusAsync(response, status);
        Assert.Equal(ErrorUrn, json.GetProperty("schemas")[0].GetString());
        Assert.Equal(status.ToString(CultureInfo.InvariantCulture), json.GetProperty("status").GetString());
        if (scimType is not null)
        {
            Assert.Equal(scimType, json.GetProperty("scimType").GetString());
        }

        return json;
    }

    public static async Task<JsonElement> ExpectErrorAsync(this HttpClient client, HttpMethod method, string path, string? body, int status, string? scimType)
    {
        using var response = await client.SendAsync(method, path, body);
        return await ErrorAsync(response, status, scimType);
    }

    /// <summary>The response is a ListResponse with the total.</summary>
    public static JsonElement AssertList(JsonElement json, int totalResults)
    {
        Assert.Equal(ListResponseUrn, json.GetProperty("schemas")[0].GetString());
        Assert.Equal(totalResults, json.GetProperty("totalResults").GetInt32());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("Resources").ValueKind);
        return json;
    }

    public static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;
}
