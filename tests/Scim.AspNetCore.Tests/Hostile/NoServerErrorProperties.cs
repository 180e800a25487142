using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Scim.AspNetCore.Tests;

/// <summary>Whatever a client sends, the answer is never a 5xx and the process survives.</summary>
public sealed class NoServerErrorProperties : IAsyncLifetime
{
    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", "\"", ":", ",", "null", "true", "\"False\"", "1e999", "-1", "\\u0000", "\\uD800", "userName", "members",
        "\"schemas\"", "\"Operations\"", "\"op\"", "\"path\"", "\"value\"", "\"add\"", "\"remove\"", "\"replace\"", "emails[type eq \\\"work\\\"]",
        "urn:ietf:params:scim:api:messages:2.0:PatchOp", "urn:ietf:params:scim:schemas:core:2.0:User", "bulkId:x", " ", "é", "\uFFFF",
    ];

    private static readonly string[] QueryFragments =
    [
        "filter=", "userName", " eq ", "\"x\"", "(", ")", " and ", " or ", "not", "[", "]", "pr", "startIndex=", "count=", "-1", "abc",
        "sortBy=", "sortOrder=", "attributes=", "excludedAttributes=", "cursor=", "&", "%22", "+", "%", "%ZZ", "password", "emails.value", "meta.created",
    ];

    private ScimTestHost _host = null!;
    private string _userId = null!;
    private string _groupId = null!;

    public async Task InitializeAsync()
    {
        _host = await ScimTestHost.StartAsync();
        _userId = await _host.CreateUserAsync("fuzz@example.com");
        _groupId = await _host.CreateGroupAsync("Fuzz", null, _userId);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Property(MaxTest = 150)]
    public Property Random_bodies_on_every_write_endpoint_never_give_a_server_error()
    {
        var bodies = Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)).ToArbitrary();
        var targets = new (HttpMethod Method, string Path)[]
        {
            (HttpMethod.Post, "Users"), (HttpMethod.Put, "Users/{user}"), (HttpMethod.Patch, "Users/{user}"), (HttpMethod.Patch, "Groups/{group}"),
            (HttpMethod.Post, "Users/.search"), (HttpMethod.Post, ".search"), (HttpMethod.Post, "Bulk"),
        };
        return Prop.ForAll(bodies, body =>
        {
            foreach (var (method, path) in targets)
            {
                using var response = _host.SendAsync(method, path.Replace("{user}", _userId, StringComparison.Ordinal).Replace("{group}", _groupId, StringComparison.Ordinal), body).GetAwaiter().GetResult();
                if ((int)response.StatusCode >= 500)
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Property(MaxTest = 300)]
    public Property Random_query_strings_never_give_a_server_error()
    {
        var queries = Gen.ArrayOf(Gen.Elements(QueryFragments)).Select(parts => string.Concat(parts)).ToArbitrary();
        return Prop.ForAll(queries, query =>
        {
            foreach (var path in new[] { "Users?", "Groups?", $"Users/{_userId}?", $"Groups/{_groupId}?" })
            {
                using var response = _host.SendAsync(HttpMethod.Get, path + query).GetAwaiter().GetResult();
                if ((int)response.StatusCode >= 500)
                {
                    return false;
                }
            }

            return true;
        });
    }
}
