using Scim.Schema;
using static Scim.Patch.Tests.Support.Fixtures;

namespace Scim.Patch.Tests.Deltas;

/// <summary>Membership changes as deltas, without the group's member list.</summary>
public sealed class MembershipDeltaTests
{
    private static MultiValuedAttributeDelta Delta(params string[] operations) =>
        Assert.Single(PatchEvaluator.Apply(Group(), ParseGroup(Body(operations))).Changes.Deltas);

    [Fact]
    public void Remove_by_or_filter_becomes_removed_keys()
    {
        var delta = Delta("""{"op":"remove","path":"members[value eq \"a\" or value eq \"b\"]"}""");

        Assert.False(delta.ClearExisting);
        Assert.Equal(["a", "b"], delta.Removed);
    }

    [Fact]
    public void Add_then_remove_of_the_same_member_nets_out_to_a_removal()
    {
        var delta = Delta(
            """{"op":"add","path":"members","value":[{"value":"a"},{"value":"b"}]}""",
            """{"op":"remove","path":"members[value eq \"a\"]"}""");

        Assert.Equal(["a"], delta.Removed);
        Assert.Equal(["b"], Keys(delta.Added));
    }

    [Fact]
    public void Remove_then_add_of_the_same_member_nets_out_to_an_addition()
    {
        var delta = Delta(
            """{"op":"remove","path":"members[value eq \"a\"]"}""",
            """{"op":"add","path":"members","value":[{"value":"a"}]}""");

        Assert.Empty(delta.Removed);
        Assert.Equal(["a"], Keys(delta.Added));
    }

    [Fact]
    public void Replace_clears_earlier_steps()
    {
        var delta = Delta(
            """{"op":"remove","path":"members[value eq \"x\"]"}""",
            """{"op":"add","path":"members","value":[{"value":"a"}]}""",
            """{"op":"replace","path":"members","value":[{"value":"b"}]}""",
            """{"op":"remove","path":"members[value eq \"z\"]"}""");

        Assert.True(delta.ClearExisting);
        Assert.Empty(delta.Removed);
        Assert.Equal(["b"], Keys(delta.Added));
    }

    [Fact]
    public void Replace_with_an_empty_list_clears_the_members()
    {
        var delta = Delta("""{"op":"replace","path":"members","value":[]}""");

        Assert.True(delta.ClearExisting);
        Assert.True(delta.Added.Count == 0 && delta.Removed.Count == 0);
    }

    [Fact]
    public void Duplicate_keys_in_one_add_keep_the_last_occurrence()
    {
        var delta = Delta("""{"op":"add","path":"members","value":[{"value":"a","display":"one"},{"value":"a","display":"two"}]}""");

        Assert.Equal("two", Text(Assert.Single(delta.Added)["display"]));
    }

    [Fact]
    public void Pathless_members_key_is_a_delta_too()
    {
        var delta = Delta("""{"op":"add","value":{"members":[{"value":"a"}],"displayName":"Tour Guides"}}""");

        Assert.Equal(["a"], Keys(delta.Added));
    }

    [Theory]
    [InlineData("""{"op":"remove","path":"members[display co \"x\"]"}""")]
    [InlineData("""{"op":"replace","path":"members[value eq \"a\"].display","value":"A"}""")]
    [InlineData("""{"op":"add","path":"members[value eq \"a\"]","value":{"display":"A"}}""")]
    [InlineData("""{"op":"remove","path":"members.display"}""")]
    [InlineData("""{"op":"remove","path":"members","value":[{"display":"A"}]}""")]
    public void Operations_that_are_not_deltas_require_loading(string operation)
    {
        var request = ParseGroup(Body(operation));

        Assert.True(request.RequiresLoading("members"));
        Assert.True(request.RequiresLoading("MEMBERS"));
        Assert.Throws<InvalidOperationException>(() => PatchEvaluator.Apply(Group(), request));
    }

    [Fact]
    public void Loaded_evaluation_reports_a_diff_delta_and_the_full_members()
    {
        var request = ParseGroup(Body(
            """{"op":"replace","path":"members[value eq \"a\"].display","value":"Alice"}""",
            """{"op":"remove","path":"members[display co \"ob\"]"}""",
            """{"op":"add","path":"members","value":[{"value":"c"}]}"""));
        var group = Group().With("members", ScimMultiValue.Create(
            Member("a"),
            ScimComplex.Create(("value", new ScimString("b")), ("display", new ScimString("Bob")))));

        var result = PatchEvaluator.Apply(group, request, NothingDeferred);

        Assert.Equal(["a", "c"], Keys(List(result.Resource, "members").Cast<ScimComplex>()));
        var delta = Assert.Single(result.Changes.Deltas);
        Assert.False(delta.ClearExisting);
        Assert.Equal(["a", "b"], delta.Removed);
        Assert.Equal(["a", "c"], Keys(delta.Added));
        Assert.Equal("Alice", Text(delta.Added[0]["display"]));
        Assert.Empty(result.Changes.ChangedAttributes);
    }

    [Fact]
    public void Adding_a_present_member_with_members_loaded_is_no_change()
    {
        var result = PatchEvaluator.Apply(GroupWithMembers("a"), ParseGroup(Body("""{"op":"add","path":"members","value":[{"value":"a"}]}""")), NothingDeferred);

        Assert.True(result.Changes.IsEmpty);
    }

    [Fact]
    public void Removing_an_absent_member_with_members_loaded_succeeds()
    {
        var result = PatchEvaluator.Apply(GroupWithMembers("a"), ParseGroup(Body("""{"op":"remove","path":"members[value eq \"zz\"]"}""")), NothingDeferred);

        Assert.True(result.Changes.IsEmpty);
    }

    [Fact]
    public void Deferred_members_in_the_given_resource_are_left_untouched()
    {
        var group = GroupWithMembers("a");
        var result = PatchEvaluator.Apply(group, ParseGroup(Body("""{"op":"add","path":"members","value":[{"value":"b"}]}""")));

        Assert.Same(group["members"], result.Resource["members"]);
        Assert.Equal(["b"], Keys(Assert.Single(result.Changes.Deltas).Added));
    }

    [Fact]
    public void Group_rename_and_member_add_give_both_a_changed_attribute_and_a_delta()
    {
        var result = PatchEvaluator.Apply(Group(), ParseGroup(Body(
            """{"op":"replace","path":"displayName","value":"Renamed"}""",
            """{"op":"add","path":"members","value":[{"value":"a"}]}""")));

        Assert.Equal(["displayName"], result.Changes.ChangedAttributes);
        Assert.NotNull(result.Changes.FindDelta("members"));
    }

    [Fact]
    public void Deferred_attribute_names_are_case_insensitive_even_from_a_case_sensitive_set()
    {
        var options = new PatchEvaluationOptions { DeferredAttributes = new HashSet<string>(StringComparer.Ordinal) { "MEMBERS" } };

        var result = PatchEvaluator.Apply(Group(), ParseGroup(Body("""{"op":"add","path":"members","value":[{"value":"a"}]}"""), options));

        Assert.Equal(["a"], Keys(Assert.Single(result.Changes.Deltas).Added));
        Assert.Null(result.Resource["members"]);
    }

    [Fact]
    public void Changing_the_set_after_making_the_options_does_not_change_them()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "members" };
        var options = new PatchEvaluationOptions { DeferredAttributes = names };
        names.Clear();

        Assert.Contains("members", options.DeferredAttributes);
        var request = ParseGroup(Body("""{"op":"remove","path":"members[display co \"x\"]"}"""), options);
        Assert.True(request.RequiresLoading("members"));
    }
}
