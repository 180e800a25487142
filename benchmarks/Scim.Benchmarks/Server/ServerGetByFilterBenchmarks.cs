using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Scim.Benchmarks.Server;

/// <summary>Entra's matching query, <c>GET /Users?filter=userName eq "..."</c>, against 10,000 users, through Kestrel on loopback to the real server on SQLite.</summary>
[MemoryDiagnoser]
public class ServerGetByFilterBenchmarks
{
    private const int Users = 10_000;
    private const string Path = "Users?filter=userName+eq+%22user05000%40example.com%22";
    private ServerBenchmarkHost _host = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = ServerBenchmarkHost.Start();
        Parallel.For(0, Users, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var (status, _) = _host.Exchange(HttpMethod.Post, "Users", ServerBenchmarkHost.UserJson($"user{i:D5}@example.com"));
            if (status != 201)
            {
                throw new InvalidOperationException($"Seeding user {i} answered {status}.");
            }
        });

        var (getStatus, body) = _host.Exchange(HttpMethod.Get, Path, null);
        using var json = JsonDocument.Parse(body);
        if (getStatus != 200 || json.RootElement.GetProperty("totalResults").GetInt32() != 1
            || json.RootElement.GetProperty("Resources")[0].GetProperty("userName").GetString() != "user05000@example.com")
        {
            throw new InvalidOperationException("The filter must find exactly the one user.");
        }

        _host.SetBaseline("get", 200, body);
        if (!_host.Exchange(HttpMethod.Get, "/baseline/get", null).Body.AsSpan().SequenceEqual(body))
        {
            throw new InvalidOperationException("The baseline must answer the same bytes.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "baseline: same bytes over Kestrel, no SCIM")]
    public Task<(int Status, byte[] Body)> Baseline() => _host.ExchangeAsync(HttpMethod.Get, "/baseline/get", null);

    [Benchmark(Description = "GET /Users?filter=userName eq (SQLite, 10k users)")]
    public Task<(int Status, byte[] Body)> GetByFilter() => _host.ExchangeAsync(HttpMethod.Get, Path, null);
}
