using System.Net;
using Scim.Security.Tests.Hosting;

namespace Scim.Security.Tests.Bombs;

/// <summary>One running host for all pipeline bomb cases, with a user and a group to PATCH.</summary>
public sealed class PipelineBombFixture : IAsyncLifetime
{
    private SecurityTestHost? _host;

    public SecurityTestHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    public HttpClient Client { get; private set; } = null!;

    public string UserId { get; private set; } = string.Empty;

    public string GroupId { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        _host = await SecurityTestHost.StartAsync();
        Client = _host.Client();
        using var user = await SecurityTestHost.SendAsync(Client, HttpMethod.Post, "Users",
            """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bomb.target@example.com","emails":[{"value":"bomb.target@example.com","type":"work"}]}""");
        Assert.Equal(HttpStatusCode.Created, user.StatusCode);
        UserId = (await SecurityTestHost.JsonAsync(user)).GetProperty("id").GetString()!;
        using var group = await SecurityTestHost.SendAsync(Client, HttpMethod.Post, "Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Bomb Targets\",\"members\":[{\"value\":\"" + UserId + "\"}]}");
        Assert.Equal(HttpStatusCode.Created, group.StatusCode);
        GroupId = (await SecurityTestHost.JsonAsync(group)).GetProperty("id").GetString()!;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
