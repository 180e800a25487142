using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scim.Abstractions;
using Scim.Schema;

namespace Scim.AspNetCore.Tests;

/// <summary>
/// A real ASP.NET Core pipeline on a TestServer: AddScim with the in-memory stores, MapScim under
/// <c>/accounts/{accountId}/scim/v2</c>, tokens for the tenants <c>acme</c> and <c>globex</c>.
/// </summary>
public sealed class ScimTestHost : IAsyncDisposable
{
    public const string AcmeToken = "acme-secret-token-0123456789";
    public const string GlobexToken = "globex-secret-token-9876543210";
    public const string Prefix = "/accounts/{accountId}/scim/v2";

    private ScimTestHost(WebApplication app, QueuedIdGenerator ids, CapturingLoggerProvider logs)
    {
        App = app;
        Ids = ids;
        Logs = logs;
        Client = CreateClient("acme", AcmeToken);
    }

    public WebApplication App { get; }

    public QueuedIdGenerator Ids { get; }

    public CapturingLoggerProvider Logs { get; }

    /// <summary>A client of tenant <c>acme</c> with its token.</summary>
    public HttpClient Client { get; }

    public InMemoryScimDatabase Database => App.Services.GetRequiredService<InMemoryScimDatabase>();

    public static async Task<ScimTestHost> StartAsync(
        Action<ScimOptions>? configure = null,
        Action<ScimBuilder>? build = null,
        Action<IServiceCollection>? services = null,
        Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        var ids = new QueuedIdGenerator();
        var scim = builder.Services.AddScim(options =>
        {
            options.Authentication.AddBearerToken("acme", AcmeToken);
            options.Authentication.AddBearerToken("globex", GlobexToken);
            configure?.Invoke(options);
        });
        scim.UseInMemoryStores();
        scim.UseIdGenerator("User", ids).UseIdGenerator("Group", ids);
        build?.Invoke(scim);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        if (map is null)
        {
            app.MapScim(Prefix);
        }
        else
        {
            map(app);
        }

        await app.StartAsync();
        return new ScimTestHost(app, ids, logs);
    }

    public HttpClient CreateClient(string tenant, string? token)
    {
        var client = App.GetTestClient();
        client.BaseAddress = new Uri($"http://localhost/accounts/{tenant}/scim/v2/");
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Sends a request with a raw JSON body (content type <c>application/scim+json</c> unless given).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null, string? contentType = "application/scim+json", HttpClient? client = null, IDictionary<string, string>? headers = null)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (json is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return (client ?? Client).SendAsync(request);
    }

    /// <summary>Creates a user through the pipeline and returns its id.</summary>
    public async Task<string> CreateUserAsync(string userName, string? id = null, string? extra = null)
    {
        if (id is not null)
        {
            Ids.Enqueue(id);
        }

        var body = $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"{{userName}}","active":true{{(extra is null ? "" : "," + extra)}}}""";
        using var response = await SendAsync(HttpMethod.Post, "Users", body);
        var json = await ReadJsonAsync(response);
        Assert.Equal(201, (int)response.StatusCode);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Creates a group through the pipeline and returns its id.</summary>
    public async Task<string> CreateGroupAsync(string displayName, string? id = null, params string[] memberIds)
    {
        if (id is not null)
        {
            Ids.Enqueue(id);
        }

        var members = string.Join(',', memberIds.Select(m => $$"""{"value":"{{m}}"}"""));
        var body = $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"{{displayName}}","members":[{{members}}]}""";
        using var response = await SendAsync(HttpMethod.Post, "Groups", body);
        Assert.Equal(201, (int)response.StatusCode);
        return (await ReadJsonAsync(response)).RootElement.GetProperty("id").GetString()!;
    }

    public static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text);
    }

    /// <summary>Reads a resource straight from the store (no projection), or null.</summary>
    public Task<ScimResource?> LoadAsync(string resourceType, string id, string tenant = "acme") =>
        Store(resourceType).GetAsync(new ScimTenant(tenant), id);

    public IScimResourceStore Store(string resourceType)
    {
        var catalog = App.Services.GetRequiredService<ScimResourceCatalog>();
        return catalog.GetStore(App.Services, resourceType);
    }

    /// <summary>Everything the store holds for a tenant, serialized: equal snapshots mean nothing changed.</summary>
    public async Task<string> SnapshotAsync(string tenant = "acme")
    {
        var builder = new StringBuilder();
        foreach (var type in new[] { "User", "Group" })
        {
            var page = await Store(type).QueryAsync(new ScimTenant(tenant), new ScimQuery { Count = 10_000 });
            foreach (var resource in page.Resources)
            {
                builder.AppendLine(ScimJsonWriter.SerializeResourceToString(resource, ScimJsonWriteOptions.Storage));
            }
        }

        return builder.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
