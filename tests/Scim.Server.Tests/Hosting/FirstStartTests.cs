using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Scim.Server.Tests;

/// <summary>A first start with nothing configured makes tenant <c>default</c> and tells the operator, never the logs.</summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task First_start_creates_tenant_default_and_prints_its_url_and_token_only_to_the_output()
    {
        using var directory = new ServerDirectory();
        string token;
        await using (var server = await RunningServer.StartAsync(RunningServer.Settings(directory, bootstrap: false), LogLevel.Trace))
        {
            var output = server.Output.ToString();
            var url = output.Split('\n').Single(l => l.StartsWith("Tenant URL:", StringComparison.Ordinal))["Tenant URL:".Length..].Trim();
            Assert.Equal(server.TenantUrl("default").ToString().TrimEnd('/'), url);
            token = TenantCommandLineTests.TokenOf(output);

            var client = server.CreateClient("default", token);
            ScimHttp.AssertList(await client.GetJsonAsync("Users?filter=userName+eq+%22cf4d78e8-cc4f-4d5d-b8b9-183561c0104a%22"), 0);
            await client.CreateUserAsync("first@example.com");

            // The logs say what happened, without the token.
            Assert.Contains("created tenant default", server.Logs.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(token, server.Logs.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(token[..12], server.Logs.Text, StringComparison.Ordinal);
        }

        // The next start finds the tenant and prints nothing; the token still works.
        await using var again = await RunningServer.StartAsync(RunningServer.Settings(directory, bootstrap: false), LogLevel.Trace);
        Assert.Equal(string.Empty, again.Output.ToString());
        ScimHttp.AssertList(await again.CreateClient("default", token).GetJsonAsync("Users"), 1);
        Assert.DoesNotContain(token, again.Logs.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bootstrap_token_is_never_logged_and_a_changed_bootstrap_token_replaces_the_old_one()
    {
        using var directory = new ServerDirectory();
        await using (var server = await RunningServer.StartSqliteAsync(directory, logLevel: LogLevel.Trace))
        {
            ScimHttp.AssertList(await server.Client.GetJsonAsync("Users"), 0);
            await server.Client.ExpectErrorAsync(HttpMethod.Get, "Users?filter=userName+eq+%22x%22+and", null, 400, "invalidFilter");
            Assert.Equal(string.Empty, server.Output.ToString());
            Assert.Contains("Bootstrap tenant acme", server.Logs.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(RunningServer.Token, server.Logs.Text, StringComparison.Ordinal);
        }

        var settings = RunningServer.Settings(directory);
        settings["Scim:Bootstrap:Token"] = "a-new-bootstrap-token-of-length";
        await using var changed = await RunningServer.StartAsync(settings);
        await changed.Client.ExpectAsync(HttpMethod.Get, "Users", null, 401);
        ScimHttp.AssertList(await changed.CreateClient("acme", "a-new-bootstrap-token-of-length").GetJsonAsync("Users"), 0);
    }
}
