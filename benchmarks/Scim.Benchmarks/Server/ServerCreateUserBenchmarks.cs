using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Scim.Benchmarks.Server;

/// <summary><c>POST /Users</c> of a new user (unique names), through Kestrel on loopback to the real server on SQLite.</summary>
[MemoryDiagnoser]
public class ServerCreateUserBenchmarks
{
    private ServerBenchmarkHost _host = null!;
    private byte[] _baselineRequest = [];
    private long _next;

    [GlobalSetup]
    public void Setup()
    {
        _host = ServerBenchmarkHost.Start();
        var (status, body) = _host.Exchange(HttpMethod.Post, "Users", ServerBenchmarkHost.UserJson("setup000000000@example.com"));
        using var json = JsonDocument.Parse(body);
        if (status != 201 || json.RootElement.GetProperty("userName").GetString() != "setup000000000@example.com")
        {
            throw new InvalidOperationException($"The create must answer 201 with the user, not {status}.");
        }

        if (_host.Exchange(HttpMethod.Post, "Users", ServerBenchmarkHost.UserJson("setup000000000@example.com")).Status != 409)
        {
            throw new InvalidOperationException("A repeated create must be 409.");
        }

        // Same request size and same response bytes as a real create.
        _baselineRequest = ServerBenchmarkHost.UserJson("base000000000@example.com");
        _host.SetBaseline("post", 201, body);
        var baseline = _host.Exchange(HttpMethod.Post, "/baseline/post", _baselineRequest);
        if (baseline.Status != 201 || !baseline.Body.AsSpan().SequenceEqual(body))
        {
            throw new InvalidOperationException("The baseline must answer the same status and bytes.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "baseline: same bytes over Kestrel, no SCIM")]
    public Task<(int Status, byte[] Body)> Baseline() => _host.ExchangeAsync(HttpMethod.Post, "/baseline/post", _baselineRequest);

    [Benchmark(Description = "POST /Users (SQLite)")]
    public async Task<int> CreateUser()
    {
        var (status, _) = await _host.ExchangeAsync(HttpMethod.Post, "Users", ServerBenchmarkHost.UserJson($"user{Interlocked.Increment(ref _next):D9}@example.com"));
        return status == 201 ? status : throw new InvalidOperationException($"POST answered {status}.");
    }
}
