using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Scim.Server.Tests;

/// <summary>Start-up choices: stores, health, and clear failures for wrong settings.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        using var directory = new ServerDirectory();
        await using var server = await RunningServer.StartSqliteAsync(directory);
        using var client = new HttpClient { BaseAddress = server.Address };
        using var response = await client.GetAsync(new Uri("health", UriKind.Relative));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.True(File.Exists(directory.DatabaseFile));
    }

    [Fact]
    public async Task The_memory_store_serves_the_bootstrap_tenant_without_a_database_file()
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Scim:Store"] = "Memory",
            ["Scim:Bootstrap:Account"] = RunningServer.Account,
            ["Scim:Bootstrap:Token"] = RunningServer.Token,
        });
        var id = await server.Client.CreateUserAsync("memory@example.com");
        var groupId = await server.Client.CreateGroupAsync("In memory", id);
        Assert.Equal([id], await server.Client.MembersAsync(groupId));
        await server.Client.ExpectErrorAsync(HttpMethod.Post, "Users", """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"MEMORY@example.com"}""", 409, "uniqueness");
        using var health = new HttpClient { BaseAddress = server.Address };
        Assert.Equal(200, (int)(await health.GetAsync(new Uri("health", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("mysql")]
    [InlineData("")]
    [InlineData("sqlite3")]
    public void An_unknown_store_fails_start_up_with_a_message_naming_the_setting(string store)
    {
        var error = Assert.Throws<InvalidOperationException>(() => RunningServer.Build(new Dictionary<string, string?> { ["Scim:Store"] = store }, new CapturingLoggerProvider(), LogLevel.Warning));
        Assert.Contains("Scim:Store must be 'sqlite', 'postgres' or 'memory'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{store}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_without_a_connection_string_fails_start_up_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RunningServer.Build(new Dictionary<string, string?> { ["Scim:Store"] = "postgres", ["ConnectionStrings:Scim"] = "" }, new CapturingLoggerProvider(), LogLevel.Warning));
        Assert.Contains("ConnectionStrings:Scim", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad/account", "a-long-enough-token-value")]
    [InlineData("acme", "short")]
    [InlineData("", "a-long-enough-token-value")]
    public async Task An_invalid_bootstrap_tenant_fails_start_up_without_echoing_the_token(string account, string token)
    {
        await using var app = RunningServer.Build(
            new Dictionary<string, string?> { ["Scim:Store"] = "memory", ["Scim:Bootstrap:Account"] = account, ["Scim:Bootstrap:Token"] = token },
            new CapturingLoggerProvider(),
            LogLevel.Warning);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Program.PrepareAsync(app, TextWriter.Null, CancellationToken.None));
        Assert.Contains("Scim:Bootstrap:", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.Message, StringComparison.Ordinal);
    }
}
