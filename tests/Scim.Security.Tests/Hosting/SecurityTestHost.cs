using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scim.Abstractions;

namespace Scim.Security.Tests.Hosting;

/// <summary>
/// The real pipeline on a TestServer: <c>AddScim</c> with the in-memory stores, <c>MapScim</c> under
/// <c>/accounts/{accountId}/scim/v2</c>, a bearer token for tenants <c>acme</c> and <c>globex</c>, every log line
/// captured at Trace level and every response recorded.
/// </summary>
public sealed class SecurityTestHost : IAsyncDisposable
{
    public const string AcmeToken = "tok-T0k3nS3ntinel-Wq81Hh72Pp-acme";
    public const string GlobexToken = "tok-G1obexS3ntinel-Zz09Yy18-globex";

    private readonly WebApplication _app;

    private SecurityTestHost(WebApplication app, CapturedLogs logs, RecordingHandler recorder)
    {
        _app = app;
        Logs = logs;
        Recorder = recorder;
    }

    public CapturedLogs Logs { get; }

    public RecordingHandler Recorder { get; }

    public ScimOptions Options => _app.Services.GetRequiredService<ScimOptions>();

    public static async Task<SecurityTestHost> StartAsync(Action<ScimOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddScim(options =>
        {
            options.Authentication.AddBearerToken("acme", AcmeToken);
            options.Authentication.AddBearerToken("globex", GlobexToken);
            configure?.Invoke(options);
        }).UseInMemoryStores();
        var app = builder.Build();
        app.MapScim("/accounts/{accountId}/scim/v2");
        await app.StartAsync();
        var recorder = new RecordingHandler(app.GetTestServer().CreateHandler());
        return new SecurityTestHost(app, logs, recorder);
    }

    /// <summary>A client for the tenant, with an Authorization header when a scheme is given.</summary>
    public HttpClient Client(string tenant = "acme", string? scheme = "Bearer", string? credential = AcmeToken)
    {
        var client = new HttpClient(Recorder, disposeHandler: false) { BaseAddress = new Uri("http://localhost/accounts/" + tenant + "/scim/v2/") };
        if (scheme is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, credential);
        }

        return client;
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/scim+json");
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Recorder.Dispose();
        await _app.DisposeAsync();
    }
}
