using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scim.Schema;
using static Scim.Patch.Tests.Support.Fixtures;

namespace Scim.Patch.Tests.Properties;

/// <summary>Laws of PATCH: atomicity, idempotency of member adds, commutativity of independent member adds.</summary>
public sealed class PatchProperties
{
    private static readonly string[] GoodOperations =
    [
        """{"op":"replace","path":"displayName","value":"D"}""",
        """{"op":"Replace","path":"active","value":"False"}""",
        """{"op":"add","path":"nickName","value":"N"}""",
        """{"op":"replace","path":"name.givenName","value":"G"}""",
        """{"op":"Add","path":"emails[type eq \"work\"].value","value":"w@example.com"}""",
        """{"op":"replace","path":"emails[type eq \"other\"].value","value":"o@example.com"}""",
        """{"op":"remove","path":"phoneNumbers"}""",
        """{"op":"replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"X"}""",
        """{"op":"replace","value":{"title":"T","name.familyName":"F"}}""",
        """{"op":"add","path":"manager","value":"m9"}""",
        """{"op":"remove","path":"emails[type eq \"home\"]"}""",
        """{"op":"replace","path":"id","value":"2819c223-7f76-453a-919d-413861904646"}""",
    ];

    /// <summary>Operations that parse but cannot apply to the fixture user.</summary>
    private static readonly string[] FailingOperations =
    [
        """{"op":"replace","path":"id","value":"other"}""",
        """{"op":"remove","path":"userName"}""",
        """{"op":"add","path":"groups","value":[{"value":"g"}]}""",
        """{"op":"replace","path":"meta.version","value":"W/\"x\""}""",
        """{"op":"replace","path":"emails[type co \"nothing\"].value","value":"x@example.com"}""",
        """{"op":"replace","value":{"userName":null}}""",
    ];

    private static Gen<string[]> GoodLists() => Gen.Elements(GoodOperations).ListOf().Select(l => l.ToArray());

    private static Gen<string[]> RequestsWithOneFailure() =>
        from before in GoodLists()
        from bad in Gen.Elements(FailingOperations)
        from after in GoodLists()
        select before.Append(bad).Concat(after).ToArray();

    private static Gen<string> MemberIds() => Gen.Elements("a", "b", "c", "d", "e", "f", "g", "h", "A", "B");

    private static Gen<string[]> MemberLists() => MemberIds().ListOf().Select(l => l.Distinct(StringComparer.OrdinalIgnoreCase).ToArray());

    private static string AddMembers(IEnumerable<string> ids) =>
        """{"op":"add","path":"members","value":[""" + string.Join(",", ids.Select(id => $$"""{"value":"{{id}}"}""")) + "]}";

    [Property(MaxTest = 2000)]
    public Property A_request_with_one_failing_operation_changes_nothing() =>
        Prop.ForAll(RequestsWithOneFailure().ToArbitrary(), operations =>
        {
            var user = User();
            var snapshot = Json(user);
            var request = ParseUser(Body(operations));
            try
            {
                PatchEvaluator.Apply(user, request);
                return false;
            }
            catch (ScimException ex) when (ex.Status == 400)
            {
                return Json(user) == snapshot && user.Equals(User());
            }
        });

    [Property(MaxTest = 2000)]
    public Property Requests_of_good_operations_never_fail_and_never_modify_the_input() =>
        Prop.ForAll(GoodLists().Where(l => l.Length > 0).ToArbitrary(), operations =>
        {
            var user = User();
            var snapshot = Json(user);
            var result = PatchEvaluator.Apply(user, ParseUser(Body(operations)));
            var again = PatchEvaluator.Apply(result.Resource, ParseUser(Body(operations)));
            return Json(user) == snapshot && result.Resource.Equals(again.Resource) && again.Changes.IsEmpty;
        });

    [Property(MaxTest = 2000)]
    public Property Adding_members_twice_equals_adding_them_once() =>
        Prop.ForAll(MemberLists().Where(l => l.Length > 0).ToArbitrary(), MemberLists().ToArbitrary(), (ids, existing) =>
        {
            var once = ParseGroup(Body(AddMembers(ids)));
            var twice = ParseGroup(Body(AddMembers(ids), AddMembers(ids)));

            var deltaOnce = Assert.Single(PatchEvaluator.Apply(Group(), once).Changes.Deltas);
            var deltaTwice = Assert.Single(PatchEvaluator.Apply(Group(), twice).Changes.Deltas);
            var sameDelta = Keys(deltaOnce.Added).SequenceEqual(Keys(deltaTwice.Added)) && deltaTwice.Removed.Count == 0 && !deltaTwice.ClearExisting;

            var loaded = GroupWithMembers(existing);
            var fullOnce = PatchEvaluator.Apply(loaded, once, NothingDeferred).Resource;
            var fullTwice = PatchEvaluator.Apply(loaded, twice, NothingDeferred).Resource;
            var applyAgain = PatchEvaluator.Apply(fullOnce, once, NothingDeferred);
            return sameDelta && fullOnce.Equals(fullTwice) && applyAgain.Changes.IsEmpty;
        });

    [Property(MaxTest = 2000)]
    public Property Independent_member_adds_commute() =>
        Prop.ForAll(MemberLists().ToArbitrary(), MemberLists().ToArbitrary(), MemberLists().ToArbitrary(), (first, candidates, existing) =>
        {
            // Independent: no key in common (member values compare case-insensitively, as members.value is not caseExact).
            var second = candidates.Where(id => !first.Contains(id, StringComparer.OrdinalIgnoreCase)).ToArray();
            var left = ParseGroup(Body(AddMembers(first.DefaultIfEmpty("x1")), AddMembers(second.DefaultIfEmpty("y1"))));
            var right = ParseGroup(Body(AddMembers(second.DefaultIfEmpty("y1")), AddMembers(first.DefaultIfEmpty("x1"))));

            var leftDelta = Assert.Single(PatchEvaluator.Apply(Group(), left).Changes.Deltas);
            var rightDelta = Assert.Single(PatchEvaluator.Apply(Group(), right).Changes.Deltas);
            var deltasAgree = Keys(leftDelta.Added).Order(StringComparer.Ordinal).SequenceEqual(Keys(rightDelta.Added).Order(StringComparer.Ordinal));

            var loaded = GroupWithMembers(existing);
            var leftMembers = Keys(List(PatchEvaluator.Apply(loaded, left, NothingDeferred).Resource, "members").Cast<ScimComplex>()).Order(StringComparer.Ordinal);
            var rightMembers = Keys(List(PatchEvaluator.Apply(loaded, right, NothingDeferred).Resource, "members").Cast<ScimComplex>()).Order(StringComparer.Ordinal);

            // Applying the deltas one request after the other to a store gives the same set either way.
            var viaLeft = ApplyDelta(existing, leftDelta);
            var viaRight = ApplyDelta(existing, rightDelta);
            return deltasAgree && leftMembers.SequenceEqual(rightMembers) && viaLeft.SetEquals(viaRight) && viaLeft.SetEquals(leftMembers);
        });

    [Property(MaxTest = 2000)]
    public Property Delta_applied_to_a_store_equals_full_evaluation() =>
        Prop.ForAll(MemberLists().ToArbitrary(), Gen.Elements(MembershipOperations).ListOf().Where(l => l.Count > 0).ToArbitrary(), (existing, operations) =>
        {
            var request = ParseGroup(Body([.. operations]));
            var delta = PatchEvaluator.Apply(Group(), request).Changes.FindDelta("members");
            var full = PatchEvaluator.Apply(GroupWithMembers(existing), request, NothingDeferred).Resource;
            var expected = Keys(List(full, "members").Cast<ScimComplex>()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var viaDelta = delta is null ? existing.ToHashSet(StringComparer.OrdinalIgnoreCase) : ApplyDelta(existing, delta);
            return expected.SetEquals(viaDelta);
        });

    private static readonly string[] MembershipOperations =
    [
        AddMembers(["a", "b"]),
        AddMembers(["c"]),
        """{"op":"remove","path":"members[value eq \"a\"]"}""",
        """{"op":"remove","path":"members[value eq \"b\" or value eq \"c\"]"}""",
        """{"op":"Remove","path":"members","value":[{"value":"d"}]}""",
        """{"op":"replace","path":"members","value":[{"value":"e"}]}""",
        """{"op":"remove","path":"members"}""",
    ];

    /// <summary>What a store does with a delta: clear, delete-if-present, insert-if-absent (keys case-insensitive like members.value).</summary>
    private static HashSet<string> ApplyDelta(IEnumerable<string> existing, MultiValuedAttributeDelta delta)
    {
        var members = delta.ClearExisting ? new HashSet<string>(StringComparer.OrdinalIgnoreCase) : existing.ToHashSet(StringComparer.OrdinalIgnoreCase);
        members.ExceptWith(delta.Removed);
        members.UnionWith(Keys(delta.Added));
        return members;
    }
}
