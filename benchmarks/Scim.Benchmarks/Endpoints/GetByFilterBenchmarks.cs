using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Scim.Benchmarks.Endpoints;

/// <summary>Entra's matching query, <c>GET /Users?filter=userName eq "..."</c>, against 1,000 users, through the whole pipeline.</summary>
[MemoryDiagnoser]
public class GetByFilterBenchmarks
{
    private const string Path = "Users?filter=userName+eq+%22user0500%40example.com%22";
    private EndpointBenchmarkHost _host = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = EndpointBenchmarkHost.Start();
        for (var i = 0; i < 1000; i++)
        {
            var (status, _) = _host.Exchange(HttpMethod.Post, "Users", EndpointBenchmarkHost.Utf8(
                $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"user{{i:D4}}@example.com","displayName":"User {{i}}","active":true,"emails":[{"type":"work","value":"user{{i:D4}}@example.com","primary":true}]}"""));
            if (status != 201)
            {
                throw new InvalidOperationException($"Seeding user {i} answered {status}.");
            }
        }

        var (getStatus, body) = _host.Exchange(HttpMethod.Get, Path, null);
        using var json = JsonDocument.Parse(body);
        if (getStatus != 200 || json.RootElement.GetProperty("totalResults").GetInt32() != 1)
        {
            throw new InvalidOperationException("The filter must find exactly one user.");
        }

        _host.SetBaseline("get", 200, body);
        if (!_host.Exchange(HttpMethod.Get, "/baseline/get", null).Body.AsSpan().SequenceEqual(body))
        {
            throw new InvalidOperationException("The baseline must answer the same bytes.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "baseline: same bytes, no SCIM")]
    public int Baseline() => _host.Exchange(HttpMethod.Get, "/baseline/get", null).Status;

    [Benchmark(Description = "GET /Users?filter=userName eq")]
    public int GetByFilter() => _host.Exchange(HttpMethod.Get, Path, null).Status;
}
