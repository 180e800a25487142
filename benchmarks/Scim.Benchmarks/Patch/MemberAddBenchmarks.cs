using System.Text;
using BenchmarkDotNet.Attributes;
using Scim.Patch;
using Scim.Schema;

namespace Scim.Benchmarks.Patch;

/// <summary>
/// Adding one member to groups of 100, 10,000 and 100,000 members with <c>members</c> deferred, as the endpoints do:
/// the group is loaded without its members and the change is a delta, so the cost must not grow with the group. The
/// "members loaded" method shows what a full evaluation would cost instead.
/// </summary>
[MemoryDiagnoser]
public class MemberAddBenchmarks
{
    private byte[] _patch = [];
    private ScimResource _groupWithoutMembers = null!;
    private ScimResource _groupWithMembers = null!;
    private PatchRequest _request = null!;

    [Params(100, 10_000, 100_000)]
    public int GroupSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _patch = Encoding.UTF8.GetBytes(PatchBenchmarkData.AddOneMemberPatch);
        _groupWithoutMembers = ScimJsonReader.ReadResource(PatchBenchmarkData.GroupJson, CoreSchemas.GroupResourceType, ScimJsonReadOptions.Stored);
        var members = Enumerable.Range(0, GroupSize)
            .Select(i => (ScimValue)ScimComplex.Create(("value", new ScimString("member-" + i)), ("display", new ScimString("Member " + i))));
        _groupWithMembers = _groupWithoutMembers.With("members", ScimMultiValue.Create(members));
        _request = PatchRequest.Parse(_patch, CoreSchemas.GroupResourceType);

        var delta = AddMemberDeferred().Changes.FindDelta("members")
            ?? throw new InvalidOperationException("Adding a member must give a members delta.");
        if (delta.Added.Count != 1 || delta.ClearExisting || delta.Removed.Count != 0)
        {
            throw new InvalidOperationException("Adding one member must give a delta with one added member.");
        }

        var loaded = AddMemberLoaded();
        if (((ScimMultiValue)loaded.Resource["members"]!).Count != GroupSize + 1)
        {
            throw new InvalidOperationException("The loaded evaluation must hold every member plus the new one.");
        }
    }

    [Benchmark(Baseline = true, Description = "parse + apply, members deferred")]
    public PatchResult AddMemberDeferred() => PatchEvaluator.Apply(_groupWithoutMembers, PatchRequest.Parse(_patch, CoreSchemas.GroupResourceType));

    [Benchmark(Description = "apply, members loaded (for comparison)")]
    public PatchResult AddMemberLoaded() => PatchEvaluator.Apply(_groupWithMembers, _request, PatchBenchmarkData.NothingDeferred);
}
