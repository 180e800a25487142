using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Scim.Benchmarks.Server;

/// <summary>
/// The real Scim.Server (<c>Program.Build</c> + <c>PrepareAsync</c>) on Kestrel on loopback, on a SQLite file in a
/// temporary directory, with a bootstrap tenant and a real <see cref="HttpClient"/>. The same process also serves
/// <c>/baseline/{name}</c>: it reads the request body and answers fixed bytes (what a SCIM call answered) with the
/// same status and content type, so a SCIM call minus its baseline is what the SCIM layer and the database cost on
/// top of HTTP over loopback.
/// </summary>
internal sealed class ServerBenchmarkHost : IAsyncDisposable
{
    public const string Account = "bench";
    public const string Token = "benchmark-token-0123456789abcdef";
    private readonly Dictionary<string, (int Status, byte[] Body)> _baselines;
    private readonly string _directory;

    private ServerBenchmarkHost(WebApplication app, Uri address, string directory, Dictionary<string, (int Status, byte[] Body)> baselines)
    {
        App = app;
        _directory = directory;
        _baselines = baselines;
        Client = new HttpClient { BaseAddress = new Uri(address, $"accounts/{Account}/scim/v2/") };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static ServerBenchmarkHost Start()
    {
        var directory = Path.Combine(Path.GetTempPath(), "scim-server-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var app = Scim.Server.Program.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Scim:Store"] = "sqlite",
                ["ConnectionStrings:Scim"] = $"Data Source={Path.Combine(directory, "scim.db")}",
                ["Scim:Bootstrap:Account"] = Account,
                ["Scim:Bootstrap:Token"] = Token,
            });
            builder.Logging.ClearProviders();
        });
        var baselines = new Dictionary<string, (int Status, byte[] Body)>(StringComparer.Ordinal);
        app.MapMethods("/baseline/{name}", ["GET", "POST"], context => AnswerBaselineAsync(context, baselines));
        Scim.Server.Program.PrepareAsync(app, TextWriter.Null, CancellationToken.None).GetAwaiter().GetResult();
        app.StartAsync().GetAwaiter().GetResult();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ServerBenchmarkHost(app, new Uri(address.TrimEnd('/') + "/"), directory, baselines);
    }

    /// <summary>Makes <c>/baseline/{name}</c> answer exactly what a SCIM call answered.</summary>
    public void SetBaseline(string name, int status, byte[] body) => _baselines[name] = (status, body);

    /// <summary>Sends and reads the whole answer, as a client would.</summary>
    public async Task<(int Status, byte[] Body)> ExchangeAsync(HttpMethod method, string path, byte[]? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/scim+json");
        }

        using var response = await Client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    public (int Status, byte[] Body) Exchange(HttpMethod method, string path, byte[]? body) =>
        ExchangeAsync(method, path, body).GetAwaiter().GetResult();

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] UserJson(string userName) => Utf8(
        $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"{{userName}}","displayName":"A User","active":true,"emails":[{"type":"work","value":"{{userName}}","primary":true}]}""");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the temp-directory cleaner.
        }
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
