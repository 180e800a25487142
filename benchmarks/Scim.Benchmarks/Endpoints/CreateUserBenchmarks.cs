using BenchmarkDotNet.Attributes;

namespace Scim.Benchmarks.Endpoints;

/// <summary><c>POST /Users</c> of an Entra-shaped user (unique userName per call), through the whole pipeline.</summary>
[MemoryDiagnoser]
public class CreateUserBenchmarks
{
    private EndpointBenchmarkHost _host = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _host = EndpointBenchmarkHost.Start();
        var (status, body) = _host.Exchange(HttpMethod.Post, "Users", Body(-1));
        if (status != 201)
        {
            throw new InvalidOperationException($"Creating a user answered {status}.");
        }

        _host.SetBaseline("post", 201, body);
        if (!_host.Exchange(HttpMethod.Post, "/baseline/post", Body(-2)).Body.AsSpan().SequenceEqual(body))
        {
            throw new InvalidOperationException("The baseline must answer the same bytes.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "baseline: same bytes, no SCIM")]
    public int Baseline() => _host.Exchange(HttpMethod.Post, "/baseline/post", Body(_next++)).Status;

    [Benchmark(Description = "POST /Users")]
    public int Create() => _host.Exchange(HttpMethod.Post, "Users", Body(_next++)).Status;

    private static byte[] Body(int i) => EndpointBenchmarkHost.Utf8(
        $$$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],"externalId":"ext-{{{i}}}","userName":"new{{{i:D8}}}@example.com","active":true,"emails":[{"primary":true,"type":"work","value":"new{{{i:D8}}}@example.com"}],"meta":{"resourceType":"User"},"name":{"formatted":"Given Family","familyName":"Family","givenName":"Given"},"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Engineering"}}""");
}
