using System.Net;
using System.Text.Json;

namespace Scim.AspNetCore.Tests;

/// <summary>Assertions on SCIM responses.</summary>
public static class ScimAssert
{
    public const string ErrorUrn = "urn:ietf:params:scim:api:messages:2.0:Error";
    public const string ListResponseUrn = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    public static void IsScimJson(HttpResponseMessage response) =>
        Assert.Equal("application/scim+json", response.Content.Headers.ContentType?.MediaType);

    /// <summary>The response is a SCIM Error document with the status (as a string) and scimType.</summary>
    public static async Task<JsonElement> ErrorAsync(HttpResponseMessage response, int status, string? scimType)
    {
        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        IsScimJson(response);
        var json = (await ScimTestHost.ReadJsonAsync(response)).RootElement;
        Assert.Equal(ErrorUrn, json.GetProperty("schemas")[0].GetString());
        Assert.Equal(JsonValueKind.String, json.GetProperty("status").ValueKind);
        Assert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), json.GetProperty("status").GetString());
        if (scimType is null)
        {
            Assert.False(json.TryGetProperty("scimType", out _));
        }
        else
        {
            Assert.Equal(scimType, json.GetProperty("scimType").GetString());
        }

        Assert.False(string.IsNullOrEmpty(json.GetProperty("detail").GetString()));
        return json;
    }

    public static async Task<JsonElement> StatusAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status} but got {(int)response.StatusCode}: {text}");
        if (text.Length == 0)
        {
            return default;
        }

        IsScimJson(response);
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task<JsonElement> ListAsync(HttpResponseMessage response, int totalResults)
    {
        var json = await StatusAsync(response, 200);
        Assert.Equal(ListResponseUrn, json.GetProperty("schemas")[0].GetString());
        Assert.Equal(totalResults, json.GetProperty("totalResults").GetInt32());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("Resources").ValueKind);
        return json;
    }
}
