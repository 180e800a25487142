using BenchmarkDotNet.Attributes;

namespace Scim.Benchmarks.Endpoints;

/// <summary>
/// Entra's member add, <c>PATCH /Groups/{id}</c> with one <c>add members</c>, answered 204, on a group that already
/// has 10,000 members: the cost must not grow with the group (members are never loaded).
/// </summary>
[MemoryDiagnoser]
public class MemberAddEndpointBenchmarks
{
    private EndpointBenchmarkHost _host = null!;
    private string _groupPath = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _host = EndpointBenchmarkHost.Start();
        var members = string.Join(',', Enumerable.Range(0, 10_000).Select(i => $$"""{"value":"existing-{{i}}"}"""));
        var (status, body) = _host.Exchange(HttpMethod.Post, "Groups", EndpointBenchmarkHost.Utf8(
            $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Big group","members":[{{members}}]}"""));
        if (status != 201)
        {
            throw new InvalidOperationException($"Creating the group answered {status}.");
        }

        using var json = System.Text.Json.JsonDocument.Parse(body);
        _groupPath = "Groups/" + json.RootElement.GetProperty("id").GetString();
        var (patchStatus, patchBody) = _host.Exchange(HttpMethod.Patch, _groupPath, Patch(-1));
        if (patchStatus != 204 || patchBody.Length != 0)
        {
            throw new InvalidOperationException($"A member add must answer 204 without a body, got {patchStatus}.");
        }

        _host.SetBaseline("patch", 204, []);
        if (_host.Exchange(HttpMethod.Patch, "/baseline/patch", Patch(-2)).Status != 204)
        {
            throw new InvalidOperationException("The baseline must answer 204.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "baseline: 204, no SCIM")]
    public int Baseline() => _host.Exchange(HttpMethod.Patch, "/baseline/patch", Patch(_next++)).Status;

    [Benchmark(Description = "PATCH /Groups/{id} add member (10k members)")]
    public int AddMember() => _host.Exchange(HttpMethod.Patch, _groupPath, Patch(_next++)).Status;

    private static byte[] Patch(int i) => EndpointBenchmarkHost.Utf8(
        $$"""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Add","path":"members","value":[{"$ref":null,"value":"new-member-{{i}}"}]}]}""");
}
