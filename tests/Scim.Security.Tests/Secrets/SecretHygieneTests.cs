using System.Net;
using System.Text;
using System.Text.Json;
using Scim.Schema;
using Scim.Security.Tests.Hosting;

namespace Scim.Security.Tests.Secrets;

/// <summary>
/// Sends a sentinel password and sentinel bearer tokens through every path a client can use (create, replace, PATCH
/// in all its forms, filters, projection, .search, Bulk, malformed bodies, wrong and foreign tokens) and then proves
/// that neither appears in any response status line, header or body, nor in any log line captured at Trace level.
/// </summary>
public sealed class SecretHygieneTests
{
    private const string UserUrn = "urn:ietf:params:scim:schemas:core:2.0:User";
    private const string PatchUrn = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private const string BulkUrn = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    private const string SearchUrn = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";

    [Fact]
    public async Task Passwords_and_tokens_never_appear_in_responses_or_logs()
    {
        await using var host = await SecurityTestHost.StartAsync();
        using var client = host.Client();
        var password = Json(Sentinels.Password);

        var id = await CreateAsync(client, "hygiene.one@example.com", Sentinels.Password);
        await ExpectAsync(client, HttpMethod.Put, "Users/" + id, 200,
            "{\"schemas\":[\"" + UserUrn + "\"],\"userName\":\"hygiene.one@example.com\",\"password\":" + Json(Sentinels.SecondPassword) + "}");
        await ExpectAsync(client, HttpMethod.Patch, "Users/" + id, 200, Patch("{\"op\":\"replace\",\"path\":\"password\",\"value\":" + password + "}"));
        await ExpectAsync(client, HttpMethod.Patch, "Users/" + id, 200, Patch("{\"op\":\"Replace\",\"value\":{\"password\":" + password + "}}"));
        await ExpectAsync(client, HttpMethod.Patch, "Users/" + id, 200, Patch("{\"op\":\"add\",\"path\":\"password\",\"value\":" + password + "}"));
        await ExpectAsync(client, HttpMethod.Patch, "Users/" + id, 200, Patch("{\"op\":\"add\",\"value\":{\"password\":" + password + ",\"nickName\":\"One\"}}"));

        // Reading back in every way never shows it.
        await ExpectAsync(client, HttpMethod.Get, "Users/" + id, 200);
        await ExpectAsync(client, HttpMethod.Get, "Users/" + id + "?attributes=password", 200);
        await ExpectAsync(client, HttpMethod.Get, "Users?attributes=password,userName", 200);
        await ExpectAsync(client, HttpMethod.Get, "Users?filter=" + Uri.EscapeDataString("userName eq \"hygiene.one@example.com\"") + "&attributes=password", 200);
        await ExpectAsync(client, HttpMethod.Post, "Users/.search", 200, "{\"schemas\":[\"" + SearchUrn + "\"],\"attributes\":[\"password\"]}");

        // Filters on the password are refused, whatever their shape and wherever they come from.
        foreach (var filter in new[]
        {
            "password eq " + password,
            "password sw \"pw-S3ntin3l\"",
            "password pr",
            "not (password eq " + password + ")",
            "userName eq \"x\" or password co " + password,
            "urn:ietf:params:scim:schemas:core:2.0:User:password eq " + password,
        })
        {
            await ExpectErrorAsync(client, HttpMethod.Get, "Users?filter=" + Uri.EscapeDataString(filter), 400, ScimErrorType.InvalidFilter);
            await ExpectErrorAsync(client, HttpMethod.Post, "Users/.search", 400, ScimErrorType.InvalidFilter,
                "{\"schemas\":[\"" + SearchUrn + "\"],\"filter\":" + Json(filter) + "}");
            await ExpectNoMatchOrRefusalAsync(client, ".search", "{\"schemas\":[\"" + SearchUrn + "\"],\"filter\":" + Json(filter) + "}");
        }

        // Malformed and invalid bodies that carry the password: the error explains without quoting it.
        await ExpectErrorAsync(client, HttpMethod.Post, "Users", 400, null, "{\"userName\":\"hygiene.two@example.com\",\"password\":" + password);
        await ExpectErrorAsync(client, HttpMethod.Post, "Users", 400, null, "{\"userName\":\"hygiene.two@example.com\",\"password\":[" + password + "]}");
        await ExpectErrorAsync(client, HttpMethod.Post, "Users", 400, null, "{\"userName\":\"hygiene.two@example.com\",\"password\":{\"value\":" + password + "}}");
        await ExpectErrorAsync(client, HttpMethod.Post, "Users", 400, null, "{\"userName\":\"hygiene.two@example.com\",\"password\":" + password + ",\"PASSWORD\":" + password + "}");
        await ExpectErrorAsync(client, HttpMethod.Post, "Users", 400, null, "{\"userName\":7,\"password\":" + password + "}");
        await ExpectErrorAsync(client, HttpMethod.Post, "Users", 409, ScimErrorType.Uniqueness, "{\"schemas\":[\"" + UserUrn + "\"],\"userName\":\"hygiene.one@example.com\",\"password\":" + password + "}");
        await ExpectErrorAsync(client, HttpMethod.Patch, "Users/" + id, 400, null, Patch("{\"op\":\"replace\",\"path\":\"password\",\"value\":{\"value\":" + password + "}}"));
        await ExpectErrorAsync(client, HttpMethod.Patch, "Users/" + id, 400, null, Patch("{\"op\":\"replace\",\"path\":\"password\",\"value\":[" + password + "," + password + "]}"));
        await ExpectErrorAsync(client, HttpMethod.Patch, "Users/" + id, 400, null, Patch("{\"op\":\"replace\",\"path\":\"password\",\"value\":" + password + "},{\"op\":\"explode\",\"value\":" + password + "}"));
        await ExpectErrorAsync(client, HttpMethod.Patch, "Users/" + id, 400, null, "{\"schemas\":[\"" + PatchUrn + "\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"password\",\"value\":" + password + "}");

        // Bulk: creates, replaces and patches with the password, and failing operations that carry it.
        var bulk = "{\"schemas\":[\"" + BulkUrn + "\"],\"Operations\":["
            + "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b1\",\"data\":{\"schemas\":[\"" + UserUrn + "\"],\"userName\":\"hygiene.bulk@example.com\",\"password\":" + password + "}},"
            + "{\"method\":\"PUT\",\"path\":\"/Users/bulkId:b1\",\"data\":{\"schemas\":[\"" + UserUrn + "\"],\"userName\":\"hygiene.bulk@example.com\",\"password\":" + password + "}},"
            + "{\"method\":\"PATCH\",\"path\":\"/Users/bulkId:b1\",\"data\":" + Patch("{\"op\":\"replace\",\"path\":\"password\",\"value\":" + password + "}") + "},"
            + "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b2\",\"data\":{\"schemas\":[\"" + UserUrn + "\"],\"userName\":\"hygiene.one@example.com\",\"password\":" + password + "}},"
            + "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b3\",\"data\":{\"schemas\":[\"" + UserUrn + "\"],\"userName\":\"hygiene.three@example.com\",\"password\":[" + password + "]}},"
            + "{\"method\":\"PATCH\",\"path\":\"/Users/" + id + "\",\"data\":" + Patch("{\"op\":\"replace\",\"path\":\"password\",\"value\":{\"x\":" + password + "}}") + "}"
            + "]}";
        await ExpectAsync(client, HttpMethod.Post, "Bulk", 200, bulk);
        await ExpectErrorAsync(client, HttpMethod.Post, "Bulk", 400, null, bulk[..^3]);

        // Wrong, foreign and malformed credentials.
        foreach (var (scheme, credential, tenant) in new (string?, string?, string)[]
        {
            ("Bearer", Sentinels.WrongToken, "acme"),
            ("Bearer", Sentinels.WrongToken + Sentinels.WrongToken, "acme"),
            ("Bearer", SecurityTestHost.GlobexToken, "acme"),
            ("Bearer", SecurityTestHost.AcmeToken, "globex"),
            ("Bearer", SecurityTestHost.AcmeToken, "initech"),
            ("Bearer", SecurityTestHost.AcmeToken + " ", "globex"),
            ("bearer", Sentinels.WrongToken, "acme"),
            ("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + Sentinels.WrongToken)), "acme"),
            ("Basic", Sentinels.WrongToken, "acme"),
            ("Token", SecurityTestHost.AcmeToken, "acme"),
            (null, null, "acme"),
        })
        {
            using var intruder = host.Client(tenant, scheme, credential);
            await ExpectErrorAsync(intruder, HttpMethod.Get, "Users/" + id, 401, null);
            await ExpectErrorAsync(intruder, HttpMethod.Get, "Users?filter=" + Uri.EscapeDataString("userName eq \"hygiene.one@example.com\""), 401, null);
            await ExpectErrorAsync(intruder, HttpMethod.Post, "Users", 401, null, "{\"schemas\":[\"" + UserUrn + "\"],\"userName\":\"intruder@example.com\",\"password\":" + password + "}");
            await ExpectErrorAsync(intruder, HttpMethod.Patch, "Users/" + id, 401, null, Patch("{\"op\":\"replace\",\"path\":\"password\",\"value\":" + password + "}"));
        }

        AssertNoSecretAnywhere(host);
    }

    [Fact]
    public async Task The_password_is_stored_for_the_host_but_never_projected_even_when_asked_for()
    {
        await using var host = await SecurityTestHost.StartAsync();
        using var client = host.Client();
        var id = await CreateAsync(client, "projection@example.com", Sentinels.Password);
        foreach (var path in new[]
        {
            "Users/" + id + "?attributes=password",
            "Users/" + id + "?attributes=urn:ietf:params:scim:schemas:core:2.0:User:password",
            "Users/" + id + "?attributes=PASSWORD,userName",
            "Users/" + id + "?excludedAttributes=userName",
            "Users?attributes=password",
            "Users?filter=" + Uri.EscapeDataString("userName eq \"projection@example.com\"") + "&attributes=password",
        })
        {
            using var response = await SecurityTestHost.SendAsync(client, HttpMethod.Get, path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("\"password\"", text, StringComparison.OrdinalIgnoreCase);
            Assert.Empty(Sentinels.FoundIn(text));
            using var document = JsonDocument.Parse(text);
            Assert.True(document.RootElement.TryGetProperty("id", out _) || document.RootElement.GetProperty("totalResults").GetInt32() == 1);
        }
    }

    [Theory]
    [InlineData("password eq \"pw-S3ntin3lPassw0rd-Qx93Zk4Lm2\"")]
    [InlineData("password pr")]
    [InlineData("PASSWORD ne \"x\"")]
    [InlineData("not (password eq \"pw-S3ntin3lPassw0rd-Qx93Zk4Lm2\") and userName pr")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:password sw \"pw\"")]
    public async Task A_filter_on_the_password_is_refused_without_echoing_its_value(string filter)
    {
        await using var host = await SecurityTestHost.StartAsync();
        using var client = host.Client();
        using var response = await SecurityTestHost.SendAsync(client, HttpMethod.Get, "Users?filter=" + Uri.EscapeDataString(filter));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await SecurityTestHost.JsonAsync(response);
        Assert.Equal(ScimErrorType.InvalidFilter, error.GetProperty("scimType").GetString());
        Assert.Empty(Sentinels.FoundIn(error.GetRawText()));
    }

    [Theory]
    [InlineData("password eq \"pw-S3ntin3lPassw0rd-Qx93Zk4Lm2\"")]
    [InlineData("userName eq \"oracle@example.com\" and password eq \"pw-S3ntin3lPassw0rd-Qx93Zk4Lm2\"")]
    [InlineData("password sw \"pw-S3ntin3l\"")]
    [InlineData("password pr")]
    public async Task The_root_search_is_no_password_oracle(string filter)
    {
        // Root /.search skips a resource type whose attributes the filter cannot be bound to, so a password filter
        // may "match nothing" there instead of being refused; either way the right password must not find the user.
        await using var host = await SecurityTestHost.StartAsync();
        using var client = host.Client();
        await CreateAsync(client, "oracle@example.com", Sentinels.Password);
        await ExpectNoMatchOrRefusalAsync(client, ".search", "{\"schemas\":[\"" + SearchUrn + "\"],\"filter\":" + Json(filter) + "}");
    }

    private static async Task ExpectNoMatchOrRefusalAsync(HttpClient client, string path, string body)
    {
        using var response = await SecurityTestHost.SendAsync(client, HttpMethod.Post, path, body);
        var json = await SecurityTestHost.JsonAsync(response);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal(0, json.GetProperty("totalResults").GetInt32());
            Assert.Equal(0, json.GetProperty("Resources").GetArrayLength());
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(ScimErrorType.InvalidFilter, json.GetProperty("scimType").GetString());
        }
    }

    private static async Task<string> CreateAsync(HttpClient client, string userName, string password)
    {
        using var response = await SecurityTestHost.SendAsync(client, HttpMethod.Post, "Users",
            "{\"schemas\":[\"" + UserUrn + "\"],\"userName\":" + Json(userName) + ",\"password\":" + Json(password) + "}");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await SecurityTestHost.JsonAsync(response)).GetProperty("id").GetString()!;
    }

    private static async Task ExpectAsync(HttpClient client, HttpMethod method, string path, int status, string? body = null)
    {
        using var response = await SecurityTestHost.SendAsync(client, method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, method + " " + path + ": expected " + status + ", got " + (int)response.StatusCode + ": " + text);
    }

    private static async Task ExpectErrorAsync(HttpClient client, HttpMethod method, string path, int status, string? scimType, string? body = null)
    {
        using var response = await SecurityTestHost.SendAsync(client, method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, method + " " + path + ": expected " + status + ", got " + (int)response.StatusCode + ": " + text);
        using var document = JsonDocument.Parse(text);
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:Error", document.RootElement.GetProperty("schemas")[0].GetString());
        if (scimType is not null)
        {
            Assert.Equal(scimType, document.RootElement.GetProperty("scimType").GetString());
        }
    }

    private static void AssertNoSecretAnywhere(SecurityTestHost host)
    {
        Assert.NotEmpty(host.Recorder.Responses);
        Assert.NotEmpty(host.Logs.Lines);
        var leaks = host.Recorder.Responses.Select(r => ("response", r))
            .Concat(host.Logs.Lines.Where(l => !IsFrameworkRequestLine(l)).Select(l => ("log", l)))
            .SelectMany(item => Sentinels.FoundIn(item.Item2).Select(fragment => item.Item1 + " contains '" + fragment + "': " + Excerpt(item.Item2, fragment)))
            .ToList();
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
    }

    /// <summary>
    /// ASP.NET Core's own "Request starting/finished" lines (Microsoft.AspNetCore.Hosting.Diagnostics, events 1 and 2,
    /// Information) print the full URL with its query string, so a client that puts a password into a GET filter has
    /// it logged by the framework before SCIM code runs. The library cannot prevent that; SECURITY.md tells hosts to
    /// raise that category to Warning. Every other line, the library's included, is checked.
    /// </summary>
    private static bool IsFrameworkRequestLine(string line) =>
        line.StartsWith("Information Microsoft.AspNetCore.Hosting.Diagnostics[1]: Request starting ", StringComparison.Ordinal)
        || line.StartsWith("Information Microsoft.AspNetCore.Hosting.Diagnostics[2]: Request finished ", StringComparison.Ordinal);

    private static string Excerpt(string text, string fragment)
    {
        var at = text.IndexOf(fragment, StringComparison.OrdinalIgnoreCase);
        var start = Math.Max(0, at - 200);
        return text.Substring(start, Math.Min(text.Length - start, 400)).ReplaceLineEndings(" ");
    }

    private static string Patch(string operations) => "{\"schemas\":[\"" + PatchUrn + "\"],\"Operations\":[" + operations + "]}";

    private static string Json(string text) => JsonSerializer.Serialize(text);
}
