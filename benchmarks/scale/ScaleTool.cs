#:sdk Microsoft.NET.Sdk.Web
#:project ../../src/Scim.Server/Scim.Server.csproj
#:property Optimize=true
#:property InvariantGlobalization=true
#:property PublishAot=false

// The scale tool of benchmarks/scale (a .NET 10 file-based app: `dotnet run ScaleTool.cs -- VERB ...`).
//   serve [server args]                               the real Scim.Server (Program.Build + PrepareAsync) plus
//                                                     PUT/GET /bench/baseline: GET answers the bytes last PUT,
//                                                     with the SCIM media type, without auth or SCIM work;
//                                                     GET /bench/allocated: bytes allocated by the process so far
//   seed URL TOKEN COUNT [PARALLEL]                    POSTs users user0000001@example.com ... through HTTP
//   latency URL TOKEN REQUESTS MAXUSER [WIDTH]         sequential GET /Users?filter=userName eq "userN@..." for
//                                                     random N in 1..MAXUSER (zero-padded to WIDTH); checks
//                                                     totalResults is 1; prints p50/p90/p99
//   member-add URL TOKEN GROUPID REQUESTS              sequential PATCH member adds of new ids; prints p50/p90/p99
// URL is a tenant's SCIM base URL, e.g. http://127.0.0.1:5080/accounts/bench/scim/v2
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

var verb = args.Length > 0 ? args[0] : "";
var rest = args.Skip(1).ToArray();
switch (verb)
{
    case "serve":
        await ServeAsync(rest);
        return 0;
    case "seed" when rest.Length >= 3:
        return await SeedAsync(rest[0], rest[1], Int(rest[2]), rest.Length > 3 ? Int(rest[3]) : 8);
    case "latency" when rest.Length >= 4:
        return await LatencyAsync(rest[0], rest[1], Int(rest[2]), Int(rest[3]), rest.Length > 4 ? Int(rest[4]) : 7);
    case "member-add" when rest.Length >= 4:
        return await MemberAddAsync(rest[0], rest[1], rest[2], Int(rest[3]));
    default:
        await Console.Error.WriteLineAsync("usage: ScaleTool.cs serve|seed|latency|member-add ... (see the header of benchmarks/scale/ScaleTool.cs)");
        return 2;
}

static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

static async Task ServeAsync(string[] serverArgs)
{
    var app = Scim.Server.Program.Build(serverArgs, builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
    var baseline = Array.Empty<byte>();
    app.MapPut("/bench/baseline", async (HttpContext context) =>
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        baseline = buffer.ToArray();
        return Results.NoContent();
    });
    app.MapGet("/bench/baseline", async (HttpContext context) =>
    {
        var body = baseline;
        context.Response.ContentType = "application/scim+json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    });
    // Bytes allocated by the process so far (all threads): the scripts divide a difference by the requests served.
    app.MapGet("/bench/allocated", () => GC.GetTotalAllocatedBytes(precise: true).ToString(CultureInfo.InvariantCulture));
    await Scim.Server.Program.PrepareAsync(app, Console.Out, CancellationToken.None);
    await app.RunAsync();
}

static HttpClient Client(string url, string token)
{
    var client = new HttpClient { BaseAddress = new Uri(url.TrimEnd('/') + "/"), Timeout = TimeSpan.FromMinutes(5) };
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    return client;
}

static StringContent Json(string json)
{
    var content = new StringContent(json, Encoding.UTF8);
    content.Headers.ContentType = new MediaTypeHeaderValue("application/scim+json");
    return content;
}

static async Task<int> SeedAsync(string url, string token, int count, int parallel)
{
    using var client = Client(url, token);
    var next = 0;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
    {
        int n;
        while ((n = Interlocked.Increment(ref next)) <= count)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"user{n:D7}@example.com");
            using var response = await client.PostAsync(new Uri("Users", UriKind.Relative), Json(
                $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"{{name}}","displayName":"User {{n}}","active":true,"emails":[{"type":"work","value":"{{name}}","primary":true}]}"""));
            if ((int)response.StatusCode is not (201 or 409))
            {
                throw new InvalidOperationException($"POST {name} answered {(int)response.StatusCode}");
            }
        }
    }));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {count} users in {clock.Elapsed.TotalSeconds:F1} s"));
    return 0;
}

static async Task<int> LatencyAsync(string url, string token, int requests, int maxUser, int width)
{
    using var client = Client(url, token);
    var random = new Random(42);
    var timings = new List<double>(requests);
    for (var i = -50; i < requests; i++)
    {
        var n = random.Next(1, maxUser + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
        var path = $"Users?filter=userName+eq+%22user{n}%40example.com%22";
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        clock.Stop();
        using var json = JsonDocument.Parse(body);
        if ((int)response.StatusCode != 200 || json.RootElement.GetProperty("totalResults").GetInt32() != 1)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
        }

        if (i >= 0)
        {
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }
    }

    Report($"GET by userName, {requests} sequential requests over {maxUser} users", timings);
    return 0;
}

static async Task<int> MemberAddAsync(string url, string token, string groupId, int requests)
{
    using var client = Client(url, token);
    var timings = new List<double>(requests);
    for (var i = -10; i < requests; i++)
    {
        var member = "added-" + Guid.NewGuid().ToString("N");
        using var content = Json($$"""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"members","value":[{"value":"{{member}}"}]}]}""");
        var clock = Stopwatch.StartNew();
        using var response = await client.PatchAsync(new Uri($"Groups/{groupId}", UriKind.Relative), content);
        await response.Content.ReadAsByteArrayAsync();
        clock.Stop();
        if ((int)response.StatusCode is not (200 or 204))
        {
            throw new InvalidOperationException($"PATCH Groups/{groupId} answered {(int)response.StatusCode}");
        }

        if (i >= 0)
        {
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }
    }

    Report($"PATCH member add to group {groupId}, {requests} sequential requests", timings);
    return 0;
}

static void Report(string what, List<double> timings)
{
    timings.Sort();
    double At(double q) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(q * timings.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what}: p50 {At(0.50):F2} ms, p90 {At(0.90):F2} ms, p99 {At(0.99):F2} ms, mean {timings.Average():F2} ms, max {timings[^1]:F2} ms"));
}
