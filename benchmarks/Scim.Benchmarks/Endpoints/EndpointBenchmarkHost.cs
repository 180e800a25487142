using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Scim.Benchmarks.Endpoints;

/// <summary>
/// An in-process ASP.NET Core pipeline (TestServer) serving MapScim on the in-memory stores, plus baseline endpoints
/// that read the request body and answer fixed bytes with the same status and content type: the difference between
/// a SCIM call and its baseline is what the SCIM layer (auth, parsing, store, serialization) costs.
/// </summary>
internal sealed class EndpointBenchmarkHost : IAsyncDisposable
{
    public const string Token = "benchmark-token-0123456789abcdef";
    private readonly Dictionary<string, (int Status, byte[] Body)> _baselines;

    private EndpointBenchmarkHost(WebApplication app, Dictionary<string, (int Status, byte[] Body)> baselines)
    {
        App = app;
        _baselines = baselines;
        Client = app.GetTestClient();
        Client.BaseAddress = new Uri("http://localhost/scim/v2/");
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static EndpointBenchmarkHost Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddScim(options => options.Authentication.AddBearerToken(Token)).UseInMemoryStores();
        var app = builder.Build();
        app.MapScim("/scim/v2");
        var baselines = new Dictionary<string, (int Status, byte[] Body)>(StringComparer.Ordinal);
        app.MapMethods("/baseline/{name}", ["GET", "POST", "PATCH"], context => AnswerBaselineAsync(context, baselines));
        app.StartAsync().GetAwaiter().GetResult();
        return new EndpointBenchmarkHost(app, baselines);
    }

    /// <summary>Makes <c>/baseline/{name}</c> answer exactly what a SCIM call answered.</summary>
    public void SetBaseline(string name, int status, byte[] body) => _baselines[name] = (status, body);

    public HttpResponseMessage Send(HttpMethod method, string path, byte[]? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/scim+json");
        }

        return Client.SendAsync(request).GetAwaiter().GetResult();
    }

    /// <summary>Sends and reads the whole answer, as a client would.</summary>
    public (int Status, byte[] Body) Exchange(HttpMethod method, string path, byte[]? body)
    {
        using var response = Send(method, path, body);
        return ((int)response.StatusCode, response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult());
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }

    private static async Task AnswerBaselineAsync(HttpContext context, Dictionary<string, (int Status, byte[] Body)> baselines)
    {
        using (var sink = new MemoryStream())
        {
            await context.Request.Body.CopyToAsync(sink, context.RequestAborted);
        }

        var (status, body) = baselines[(string)context.Request.RouteValues["name"]!];
        context.Response.StatusCode = status;
        if (body.Length > 0)
        {
            context.Response.ContentType = "application/scim+json; charset=utf-8";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
