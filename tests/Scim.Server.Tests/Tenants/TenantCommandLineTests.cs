using Microsoft.Data.Sqlite;
using Scim.Server.Tenants;

namespace Scim.Server.Tests;

/// <summary>The admin command line <c>scim-server tenants ...</c> on the in-memory and the SQLite directory.</summary>
public sealed class TenantCommandLineTests
{
    private const string Template = "https://scim.example.com/accounts/{accountId}/scim/v2";

    public static TheoryData<string> Directories => new() { "memory", "sqlite" };

    [Theory]
    [MemberData(nameof(Directories))]
    public async Task Add_prints_the_tenant_url_and_a_token_that_validates(string kind)
    {
        using var files = new ServerDirectory();
        var tenants = await CreateAsync(kind, files);
        var (code, output, error) = await RunAsync(tenants, "tenants", "add", "contoso");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Tenant URL:   https://scim.example.com/accounts/contoso/scim/v2", output, StringComparison.Ordinal);
        var token = TokenOf(output);
        Assert.True(token.Length >= 40);
        Assert.True(await tenants.ValidateAsync("contoso", token, CancellationToken.None));
        Assert.False(await tenants.ValidateAsync("contoso", token + "x", CancellationToken.None));
        Assert.False(await tenants.ValidateAsync("other", token, CancellationToken.None));

        // A second add of the same account is refused and keeps the first token.
        Assert.Equal(1, (await RunAsync(tenants, "tenants", "add", "contoso")).Code);
        Assert.True(await tenants.ValidateAsync("contoso", token, CancellationToken.None));

        // Two adds never share a token.
        var other = TokenOf((await RunAsync(tenants, "tenants", "add", "fabrikam")).Output);
        Assert.NotEqual(token, other);
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public async Task Add_with_a_given_token_list_rotate_and_remove(string kind)
    {
        using var files = new ServerDirectory();
        var tenants = await CreateAsync(kind, files);
        Assert.Equal(2, (await RunAsync(tenants, "tenants", "add", "short", "--token", "too-short")).Code);
        Assert.Equal(0, (await RunAsync(tenants, "tenants", "add", "given", "--token", "a-chosen-token-of-some-length")).Code);
        Assert.True(await tenants.ValidateAsync("given", "a-chosen-token-of-some-length", CancellationToken.None));
        Assert.Equal(0, (await RunAsync(tenants, "tenants", "add", "b.second")).Code);

        var list = await RunAsync(tenants, "tenants", "list");
        Assert.Equal(0, list.Code);
        var lines = list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["b.second", "given"], lines.Select(l => l.Split('\t')[0]));
        Assert.DoesNotContain("a-chosen-token", list.Output, StringComparison.Ordinal);

        var rotate = await RunAsync(tenants, "tenants", "rotate-token", "given");
        Assert.Equal(0, rotate.Code);
        var rotated = TokenOf(rotate.Output);
        Assert.False(await tenants.ValidateAsync("given", "a-chosen-token-of-some-length", CancellationToken.None));
        Assert.True(await tenants.ValidateAsync("given", rotated, CancellationToken.None));
        Assert.Equal(1, (await RunAsync(tenants, "tenants", "rotate-token", "nobody")).Code);

        Assert.Equal(0, (await RunAsync(tenants, "tenants", "remove", "given")).Code);
        Assert.False(await tenants.ValidateAsync("given", rotated, CancellationToken.None));
        Assert.Equal(1, (await RunAsync(tenants, "tenants", "remove", "given")).Code);
        Assert.Equal(["b.second"], (await tenants.ListAsync(CancellationToken.None)).Select(t => t.AccountId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("../etc")]
    [InlineData("with space")]
    [InlineData("caf\u00e9")]
    [InlineData("%2e%2e")]
    [InlineData("x{accountId}")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Invalid_account_ids_are_refused_by_every_verb(string account)
    {
        var tenants = new InMemoryTenantDirectory(TimeProvider.System);
        foreach (var verb in new[] { "add", "rotate-token", "remove" })
        {
            var (code, output, error) = await RunAsync(tenants, "tenants", verb, account);
            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.Contains("account id", error, StringComparison.Ordinal);
        }

        Assert.Empty(await tenants.ListAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("tenants")]
    [InlineData("tenants", "frobnicate")]
    [InlineData("tenants", "add")]
    public async Task Unknown_or_incomplete_commands_print_the_usage(params string[] args)
    {
        var (code, output, error) = await RunAsync(new InMemoryTenantDirectory(TimeProvider.System), args);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("usage: scim-server tenants list", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotating_a_token_of_a_running_server_without_a_token_cache_makes_the_old_token_401_at_once()
    {
        using var directory = new ServerDirectory();
        var settings = RunningServer.Settings(directory);
        settings["Scim:TokenCacheSeconds"] = "0";
        await using var server = await RunningServer.StartAsync(settings);
        var token = await AddTenantAsync(server.GetService<ITenantDirectory>(), "initech");
        var before = server.CreateClient("initech", token);
        ScimHttp.AssertList(await before.GetJsonAsync("Users"), 0);

        // The admin command runs against the same database file, as a second process would.
        var fileDirectory = new SqlTenantDirectory(() => new SqliteConnection(directory.ConnectionString), TimeProvider.System);
        var rotate = await RunAsync(fileDirectory, "tenants", "rotate-token", "initech");
        Assert.Equal(0, rotate.Code);
        await before.ExpectAsync(HttpMethod.Get, "Users", null, 401);
        ScimHttp.AssertList(await server.CreateClient("initech", TokenOf(rotate.Output)).GetJsonAsync("Users"), 0);

        Assert.Equal(0, (await RunAsync(fileDirectory, "tenants", "remove", "initech")).Code);
        await server.CreateClient("initech", TokenOf(rotate.Output)).ExpectAsync(HttpMethod.Get, "Users", null, 401);
    }

    [Fact]
    public async Task Rotating_or_removing_a_token_from_another_process_takes_effect_within_the_token_cache_time()
    {
        using var directory = new ServerDirectory();
        var clock = new ManualClock();
        var settings = RunningServer.Settings(directory);
        settings["Scim:TokenCacheSeconds"] = "5";
        await using var server = await RunningServer.StartAsync(settings, clock: clock);
        var token = await AddTenantAsync(server.GetService<ITenantDirectory>(), "initech");
        var before = server.CreateClient("initech", token);
        ScimHttp.AssertList(await before.GetJsonAsync("Users"), 0);

        var fileDirectory = new SqlTenantDirectory(() => new SqliteConnection(directory.ConnectionString), TimeProvider.System);
        var rotate = await RunAsync(fileDirectory, "tenants", "rotate-token", "initech");
        Assert.Equal(0, rotate.Code);
        var after = server.CreateClient("initech", TokenOf(rotate.Output));

        // Within the cache time the old token still opens its own tenant (the documented trade-off) ...
        clock.Advance(TimeSpan.FromSeconds(4));
        ScimHttp.AssertList(await before.GetJsonAsync("Users"), 0);
        ScimHttp.AssertList(await after.GetJsonAsync("Users"), 0);

        // ... never another tenant, and after it the old token is refused.
        await server.CreateClient(RunningServer.Account, token).ExpectAsync(HttpMethod.Get, "Users", null, 401);
        clock.Advance(TimeSpan.FromSeconds(1));
        await before.ExpectAsync(HttpMethod.Get, "Users", null, 401);

        Assert.Equal(0, (await RunAsync(fileDirectory, "tenants", "remove", "initech")).Code);
        clock.Advance(TimeSpan.FromSeconds(5));
        await after.ExpectAsync(HttpMethod.Get, "Users", null, 401);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("3601")]
    public void A_token_cache_time_out_of_range_fails_start_up_naming_the_setting(string seconds)
    {
        using var directory = new ServerDirectory();
        var settings = RunningServer.Settings(directory);
        settings["Scim:TokenCacheSeconds"] = seconds;
        var error = Assert.Throws<InvalidOperationException>(() => RunningServer.Build(settings, new CapturingLoggerProvider(), Microsoft.Extensions.Logging.LogLevel.Warning));
        Assert.Contains("Scim:TokenCacheSeconds", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Adds a tenant through the command line and returns the printed token.</summary>
    internal static async Task<string> AddTenantAsync(ITenantDirectory tenants, string account)
    {
        var (code, output, error) = await RunAsync(tenants, "tenants", "add", account);
        Assert.True(code == 0, error);
        return TokenOf(output);
    }

    internal static string TokenOf(string output) =>
        output.Split('\n').Single(l => l.StartsWith("Secret Token: ", StringComparison.Ordinal))["Secret Token: ".Length..].Trim();

    private static async Task<(int Code, string Output, string Error)> RunAsync(ITenantDirectory tenants, params string[] args)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var error = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var code = await TenantCommandLine.RunAsync(args, tenants, Template, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task<ITenantDirectory> CreateAsync(string kind, ServerDirectory files)
    {
        ITenantDirectory tenants = kind == "memory"
            ? new InMemoryTenantDirectory(TimeProvider.System)
            : new SqlTenantDirectory(() => new SqliteConnection(files.ConnectionString), TimeProvider.System);
        await tenants.InitializeAsync(CancellationToken.None);
        return tenants;
    }
}
