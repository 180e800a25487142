using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Logging;

namespace Scim.Server.Tests;

/// <summary>
/// The real server (<see cref="Program.Build"/> + <see cref="Program.PrepareAsync(WebApplication, TextWriter, CancellationToken)"/>)
/// listening on Kestrel on a free loopback port, with a real <see cref="HttpClient"/> for the bootstrap tenant.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    public const string Account = "acme";
    public const string Token = "acme-secret-token-0123456789";

    private readonly List<HttpClient> _clients = [];

    private RunningServer(WebApplication app, Uri address, CapturingLoggerProvider logs, StringWriter output)
    {
        App = app;
        Address = address;
        Logs = logs;
        Output = output;
        Client = CreateClient(Account, Token);
    }

    public WebApplication App { get; }

    /// <summary>The bound address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Everything logged (at <see cref="ServerSettings.LogLevel"/> and above).</summary>
    public CapturingLoggerProvider Logs { get; }

    /// <summary>What the server printed for an operator (a first start's credentials).</summary>
    public StringWriter Output { get; }

    /// <summary>A client whose base address is the bootstrap tenant's SCIM base URL, with its bearer token.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts a server on the SQLite file of <paramref name="directory"/> with the bootstrap tenant.</summary>
    public static Task<RunningServer> StartSqliteAsync(ServerDirectory directory, bool bootstrap = true, LogLevel logLevel = LogLevel.Warning) =>
        StartAsync(Settings(directory, bootstrap), logLevel);

    public static Dictionary<string, string?> Settings(ServerDirectory directory, bool bootstrap = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Scim:Store"] = "sqlite",
            ["ConnectionStrings:Scim"] = directory.ConnectionString,
        };
        if (bootstrap)
        {
            settings["Scim:Bootstrap:Account"] = Account;
            settings["Scim:Bootstrap:Token"] = Token;
        }

        return settings;
    }

    public static WebApplication Build(IDictionary<string, string?> settings, CapturingLoggerProvider logs, LogLevel logLevel, TimeProvider? clock = null) =>
        Program.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            if (clock is not null)
            {
                builder.Services.AddSingleton(clock);
            }

            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            builder.Logging.AddFilter<CapturingLoggerProvider>(null, logLevel);
        });

    public static async Task<RunningServer> StartAsync(IDictionary<string, string?> settings, LogLevel logLevel = LogLevel.Warning, TimeProvider? clock = null)
    {
        var logs = new CapturingLoggerProvider();
        var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var app = Build(settings, logs, logLevel, clock);
        try
        {
            await Program.PrepareAsync(app, output, CancellationToken.None);
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningServer(app, new Uri(address.TrimEnd('/') + "/"), logs, output);
    }

    /// <summary>A client for a tenant: base address <c>/accounts/{account}/scim/v2/</c>, bearer token set.</summary>
    public HttpClient CreateClient(string account, string? token)
    {
        var client = new HttpClient { BaseAddress = TenantUrl(account), Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        _clients.Add(client);
        return client;
    }

    public Uri TenantUrl(string account) => new(Address, $"accounts/{account}/scim/v2/");

    public T GetService<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await App.StopAsync();
        await App.DisposeAsync();
    }
}
