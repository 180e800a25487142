using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Scim.Patch;
using Scim.Schema;

namespace Scim.Benchmarks.Patch;

/// <summary>
/// A five-operation Entra-style PATCH of a ~1.5 KB user, JSON text in to JSON text out (read the user, parse the
/// patch, apply, write), against a plain <see cref="JsonNode"/> parse and print of the same user as the baseline.
/// </summary>
[MemoryDiagnoser]
public class UserPatchBenchmarks
{
    private byte[] _user = [];
    private byte[] _patch = [];

    [GlobalSetup]
    public void Setup()
    {
        _user = Encoding.UTF8.GetBytes(PatchBenchmarkData.UserJson);
        _patch = Encoding.UTF8.GetBytes(PatchBenchmarkData.FiveOperationPatch);
        if (_user.Length is < 1300 or > 1700)
        {
            throw new InvalidOperationException($"The user document should be about 1.5 KB, not {_user.Length} bytes.");
        }

        var patched = Encoding.UTF8.GetString(PatchUser());
        foreach (var expected in new[] { "\"active\":false", "\"familyName\":\"Jensen-Smith\"", "\"value\":\"babs.new@example.com\"", "\"nickName\":\"Barb\"", "\"department\":\"Platform\"" })
        {
            if (!patched.Contains(expected, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The patched user lacks {expected}.");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "JsonNode parse + ToJsonString (baseline)")]
    public string JsonNodeRoundTrip() => JsonNode.Parse(_user)!.ToJsonString();

    [Benchmark(Description = "read user + parse patch + apply + write")]
    public byte[] PatchUser()
    {
        var user = ScimJsonReader.ReadResource(_user, CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored);
        var request = PatchRequest.Parse(_patch, CoreSchemas.UserResourceType);
        var result = PatchEvaluator.Apply(user, request);
        return ScimJsonWriter.SerializeResource(result.Resource);
    }
}
