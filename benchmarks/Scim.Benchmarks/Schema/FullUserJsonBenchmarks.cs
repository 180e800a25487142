using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Scim.Schema;

namespace Scim.Benchmarks.Schema;

/// <summary>
/// Reading and writing the RFC 7643 §8.2 full User against a plain <see cref="JsonNode"/> parse and write of the
/// same bytes (the baseline: the cost of JSON alone, without schema typing, tolerance rules or checks).
/// </summary>
[MemoryDiagnoser]
public class FullUserJsonBenchmarks
{
    private byte[] _utf8 = [];
    private ScimResource _user = null!;

    /// <summary>Prepares the inputs and checks that they read correctly.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _utf8 = Encoding.UTF8.GetBytes(FullUserExample.Json);
        _user = ScimJsonReader.ReadResource(_utf8, CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored);
        Require(_user.Id == "2819c223-7f76-453a-919d-413861904646", "id");
        Require(_user["userName"] is ScimString { Value: "bjensen@example.com" }, "userName");
        Require(_user["emails"] is ScimMultiValue { Count: 2 }, "emails");
        Require(_user["groups"] is ScimMultiValue { Count: 3 }, "groups");
        Require(_user["x509Certificates"] is ScimMultiValue { Count: 1 }, "x509Certificates");
        var again = ScimJsonReader.ReadResource(ScimJsonWriter.SerializeResource(_user, ScimJsonWriteOptions.Storage), CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored);
        Require(again.Equals(_user), "round trip");
        Require(JsonNode.DeepEquals(JsonNode.Parse(_utf8), JsonNode.Parse(ScimJsonWriter.SerializeResource(_user, ScimJsonWriteOptions.Storage))), "written document");
    }

    /// <summary>Baseline: parse to a <see cref="JsonNode"/> and write it back.</summary>
    /// <returns>The written JSON.</returns>
    [Benchmark(Baseline = true)]
    public string JsonNodeParseAndWrite() => JsonNode.Parse(_utf8)!.ToJsonString();

    /// <summary>Read the typed resource (request mode: read-only attributes skipped).</summary>
    /// <returns>The resource.</returns>
    [Benchmark]
    public ScimResource ReadRequest() => ScimJsonReader.ReadResource(_utf8, CoreSchemas.UserResourceType);

    /// <summary>Read the typed resource keeping everything (stored mode).</summary>
    /// <returns>The resource.</returns>
    [Benchmark]
    public ScimResource ReadStored() => ScimJsonReader.ReadResource(_utf8, CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored);

    /// <summary>Write the resource as a response.</summary>
    /// <returns>The JSON bytes.</returns>
    [Benchmark]
    public byte[] WriteResponse() => ScimJsonWriter.SerializeResource(_user);

    /// <summary>Read (stored) and write back, the counterpart of the baseline.</summary>
    /// <returns>The JSON bytes.</returns>
    [Benchmark]
    public byte[] ReadAndWrite() =>
        ScimJsonWriter.SerializeResource(ScimJsonReader.ReadResource(_utf8, CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored), ScimJsonWriteOptions.Storage);

    /// <summary>Project with <c>attributes=userName,emails.value</c> and write.</summary>
    /// <returns>The JSON bytes.</returns>
    [Benchmark]
    public byte[] ProjectAndWrite() =>
        ScimJsonWriter.SerializeResource(ScimProjection.Create(CoreSchemas.UserResourceType, "userName,emails.value", null).Apply(_user));

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"The benchmark input did not read correctly: {what}.");
        }
    }
}
