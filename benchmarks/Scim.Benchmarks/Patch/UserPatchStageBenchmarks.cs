using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Scim.Patch;
using Scim.Schema;

namespace Scim.Benchmarks.Patch;

/// <summary>
/// The stages of <see cref="UserPatchBenchmarks"/> measured one at a time against the same <see cref="JsonNode"/>
/// baseline, so that the ratio of each stage shows where the end-to-end time goes: reading the user, parsing the
/// patch, applying it and writing the result.
/// </summary>
[MemoryDiagnoser]
public class UserPatchStageBenchmarks
{
    private byte[] _user = [];
    private byte[] _patch = [];
    private ScimResource _read = null!;
    private PatchRequest _request = null!;
    private ScimResource _patched = null!;

    /// <summary>Prepares each stage's input from the previous stage and checks the result.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _user = Encoding.UTF8.GetBytes(PatchBenchmarkData.UserJson);
        _patch = Encoding.UTF8.GetBytes(PatchBenchmarkData.FiveOperationPatch);
        _read = ReadUser();
        _request = ParsePatch();
        var result = Apply();
        _patched = result.Resource;
        if (result.Changes.ChangedAttributes.Count != 5)
        {
            throw new InvalidOperationException($"The patch should change five attributes, not {result.Changes.ChangedAttributes.Count}.");
        }

        var written = Encoding.UTF8.GetString(Write());
        if (!written.Contains("\"familyName\":\"Jensen-Smith\"", StringComparison.Ordinal) || !written.Contains("\"active\":false", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The written user does not carry the patch.");
        }
    }

    /// <summary>Baseline: parse the user to a <see cref="JsonNode"/> and write it back.</summary>
    /// <returns>The written JSON.</returns>
    [Benchmark(Baseline = true, Description = "JsonNode parse + ToJsonString (baseline)")]
    public string JsonNodeRoundTrip() => JsonNode.Parse(_user)!.ToJsonString();

    /// <summary>Stage 1: read the stored user.</summary>
    /// <returns>The resource.</returns>
    [Benchmark(Description = "stage: read user")]
    public ScimResource ReadUser() => ScimJsonReader.ReadResource(_user, CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored);

    /// <summary>Stage 2: parse the five-operation patch.</summary>
    /// <returns>The request.</returns>
    [Benchmark(Description = "stage: parse patch")]
    public PatchRequest ParsePatch() => PatchRequest.Parse(_patch, CoreSchemas.UserResourceType);

    /// <summary>Stage 3: apply the parsed patch to the read user.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Description = "stage: apply")]
    public PatchResult Apply() => PatchEvaluator.Apply(_read, _request);

    /// <summary>Stage 4: write the patched user.</summary>
    /// <returns>The JSON bytes.</returns>
    [Benchmark(Description = "stage: write")]
    public byte[] Write() => ScimJsonWriter.SerializeResource(_patched);
}
