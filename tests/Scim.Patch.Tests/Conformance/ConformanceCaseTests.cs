using Scim.Patch.Tests.Support;
using Scim.Schema;
using static Scim.Patch.Tests.Support.Fixtures;

namespace Scim.Patch.Tests.Conformance;

/// <summary>Every PATCH body of the conformance cases, applied with the defaults, with the resulting document or change set asserted.</summary>
public sealed class ConformanceCaseTests
{
    public static TheoryData<string> PatchCases()
    {
        var data = new TheoryData<string>();
        foreach (var name in ConformanceCases.Names())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void All_twenty_six_patch_cases_are_present()
    {
        Assert.Equal(26, ConformanceCases.Names().Count());
    }

    [Theory]
    [MemberData(nameof(PatchCases))]
    public void Every_case_parses_and_applies_with_the_defaults(string name)
    {
        var type = ConformanceCases.TypeOf(name);
        var request = PatchRequest.Parse(ConformanceCases.Body(name), type);
        var current = type == GroupType ? Group() : User();
        var before = Json(current);

        var result = PatchEvaluator.Apply(current, request);

        Assert.Equal(before, Json(current));
        Assert.False(request.RequiresLoading("members"));
        Assert.NotNull(result.Resource);
    }

    [Fact]
    public void Case_011_replaces_the_work_email_value_and_the_family_name_only()
    {
        var result = Apply("011-entra-patch-user-replace-email-and-familyname");

        var emails = List(result.Resource, "emails");
        Assert.Equal(2, emails.Count);
        Assert.Equal("updatedEmail@example.com", Text(((ScimComplex)emails[0])["value"]));
        Assert.Equal(ScimBoolean.True, ((ScimComplex)emails[0])["primary"]);
        Assert.Equal("babs@jensen.org", Text(((ScimComplex)emails[1])["value"]));
        var name = (ScimComplex)result.Resource["name"]!;
        Assert.Equal("updatedFamilyName", Text(name["familyName"]));
        Assert.Equal("Barbara", Text(name["givenName"]));
        Assert.Equal(["emails", "name"], result.Changes.ChangedAttributes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Case_011_creates_the_work_email_when_the_user_has_none()
    {
        var user = User().With("emails", ScimMultiValue.Create(Email("babs@jensen.org", "home")));
        var result = PatchEvaluator.Apply(user, ParseUser(ConformanceCases.Body("011-entra-patch-user-replace-email-and-familyname")));

        var emails = List(result.Resource, "emails");
        Assert.Equal(2, emails.Count);
        Assert.Equal(Email("updatedEmail@example.com", "work"), emails[1]);
    }

    [Fact]
    public void Case_012_renames_the_user_and_keeps_the_id()
    {
        var result = Apply("012-entra-patch-user-replace-username");

        Assert.Equal("5b50642d-79fc-4410-9e90-4c077cdd1a59@example.com", Text(result.Resource["userName"]));
        Assert.Equal(User().Id, result.Resource.Id);
        Assert.Equal(["userName"], result.Changes.ChangedAttributes);
    }

    [Theory]
    [InlineData("013-entra-patch-user-disable-boolean")]
    [InlineData("026-entra-compat-disable-user-string-False")]
    [InlineData("027-entra-compat-disable-user-boolean-flag")]
    [InlineData("065-okta-patch-deactivate-user-nopath")]
    public void Disabling_cases_set_active_to_false(string name)
    {
        var result = Apply(name);

        Assert.Equal(ScimBoolean.False, result.Resource["active"]);
        Assert.Equal(["active"], result.Changes.ChangedAttributes);
    }

    [Theory]
    [InlineData("039-entra-reactivate-user")]
    [InlineData("066-okta-patch-reactivate-user-nopath")]
    public void Reactivation_cases_set_active_to_true(string name)
    {
        var disabled = User().With("active", ScimBoolean.False);
        var result = PatchEvaluator.Apply(disabled, ParseUser(ConformanceCases.Body(name)));

        Assert.Equal(ScimBoolean.True, result.Resource["active"]);
        Assert.Equal(["active"], result.Changes.ChangedAttributes);
    }

    [Fact]
    public void Case_018_renames_the_group()
    {
        var result = Apply("018-entra-patch-group-rename");

        Assert.Equal("1879db59-3bdf-4490-ad68-ab880a269474updatedDisplayName", Text(result.Resource["displayName"]));
        Assert.Equal(["displayName"], result.Changes.ChangedAttributes);
        Assert.Empty(result.Changes.Deltas);
    }

    [Fact]
    public void Case_019_adds_one_member_as_a_delta_and_accepts_ref_null()
    {
        var result = Apply("019-entra-patch-group-add-member-ref-null");

        var delta = Assert.Single(result.Changes.Deltas);
        Assert.Equal("members", delta.AttributeName);
        Assert.False(delta.ClearExisting);
        Assert.Empty(delta.Removed);
        Assert.Equal(Member("f648f8d5ea4e4cd38e9c"), Assert.Single(delta.Added));
        Assert.Empty(result.Changes.ChangedAttributes);
        Assert.Null(result.Resource["members"]);
    }

    [Theory]
    [InlineData("020-entra-patch-group-remove-member-value-array", "f648f8d5ea4e4cd38e9c")]
    [InlineData("031-entra-compat-remove-member-value-array-default", "u1091")]
    [InlineData("032-entra-compat-remove-member-filter-path-flag", "7f4bc1a3-285e-48ae-8202-5accb43efb0e")]
    public void Member_removal_cases_remove_exactly_the_listed_member(string name, string id)
    {
        var result = Apply(name);

        var delta = Assert.Single(result.Changes.Deltas);
        Assert.False(delta.ClearExisting);
        Assert.Equal([id], delta.Removed);
        Assert.Empty(delta.Added);
    }

    [Theory]
    [InlineData("020-entra-patch-group-remove-member-value-array", "f648f8d5ea4e4cd38e9c")]
    [InlineData("031-entra-compat-remove-member-value-array-default", "u1091")]
    [InlineData("032-entra-compat-remove-member-filter-path-flag", "7f4bc1a3-285e-48ae-8202-5accb43efb0e")]
    public void Member_removal_cases_with_members_loaded_keep_the_other_members(string name, string id)
    {
        var group = GroupWithMembers("keep-1", id, "keep-2");
        var result = PatchEvaluator.Apply(group, ParseGroup(ConformanceCases.Body(name)), NothingDeferred);

        Assert.Equal(["keep-1", "keep-2"], Keys(List(result.Resource, "members").Cast<ScimComplex>()));
        var delta = Assert.Single(result.Changes.Deltas);
        Assert.Equal([id], delta.Removed);
        Assert.DoesNotContain("members", result.Changes.ChangedAttributes);
    }

    [Theory]
    [InlineData("024-entra-patch-manager-add-ref-array-doc", "00aa00aa-bb11-cc22-dd33-44ee44ee44ee")]
    [InlineData("025-entra-patch-manager-add-string-default-mode", "271")]
    public void Manager_cases_set_the_enterprise_manager(string name, string id)
    {
        var result = Apply(name);

        var manager = (ScimComplex)EnterpriseOf(result.Resource)["manager"]!;
        Assert.Equal(id, Text(manager["value"]));
        Assert.Null(manager["displayName"]);
        Assert.Equal([Fixtures.Enterprise], result.Changes.ChangedAttributes);
    }

    [Fact]
    public void Case_028_sets_the_nickname_replacing_the_existing_one()
    {
        var user = User().With("nickName", new ScimString("Barb"));
        var result = PatchEvaluator.Apply(user, ParseUser(ConformanceCases.Body("028-entra-compat-add-nickname-capital-Add")));

        Assert.Equal("Babs", Text(result.Resource["nickName"]));
        Assert.Equal(["nickName"], result.Changes.ChangedAttributes);
    }

    [Fact]
    public void Case_029_applies_all_six_replacements()
    {
        var result = Apply("029-entra-compat-replace-multiple-attributes-default");

        Assert.Equal("Pvlo", Text(result.Resource["displayName"]));
        Assert.Equal("TestBcwqnm@example.com", Text(((ScimComplex)List(result.Resource, "emails")[0])["value"]));
        var name = (ScimComplex)result.Resource["name"]!;
        Assert.Equal("Gtfd", Text(name["givenName"]));
        Assert.Equal("Pkqf", Text(name["familyName"]));
        Assert.Equal("Ms. Barbara J Jensen III", Text(name["formatted"]));
        Assert.Equal("Eqpj", result.Resource.ExternalId);
        Assert.Equal("Eqpj", Text(EnterpriseOf(result.Resource)["employeeNumber"]));
        Assert.Equal(["displayName", "emails", "name", "externalId", Fixtures.Enterprise], result.Changes.ChangedAttributes);
    }

    [Fact]
    public void Case_030_treats_pathless_keys_as_paths()
    {
        var result = Apply("030-entra-compat-replace-multiple-attributes-flag-nopath");

        Assert.Equal("Bjfe", Text(result.Resource["displayName"]));
        var name = (ScimComplex)result.Resource["name"]!;
        Assert.Equal("Kkom", Text(name["givenName"]));
        Assert.Equal("Unua", Text(name["familyName"]));
        Assert.Equal("Ms. Barbara J Jensen III", Text(name["formatted"]));
        Assert.Null(result.Resource["name.givenName"]);
        Assert.Equal("Aklq", Text(EnterpriseOf(result.Resource)["employeeNumber"]));
        Assert.Equal("Tour Operations", Text(EnterpriseOf(result.Resource)["department"]));
        Assert.Equal("TestMhvaes@example.com", Text(((ScimComplex)List(result.Resource, "emails")[0])["value"]));
    }

    [Fact]
    public void Case_033_mixes_filtered_paths_and_a_pathless_value()
    {
        var result = Apply("033-entra-flag2021-user-patch-mixed-paths-and-nopath");

        var work = (ScimComplex)List(result.Resource, "emails")[0];
        Assert.Equal("someone@example.com", Text(work["value"]));
        Assert.Equal(ScimBoolean.True, work["primary"]);
        Assert.Equal(ScimBoolean.False, result.Resource["active"]);
        Assert.Equal("someone", Text(result.Resource["userName"]));
    }

    [Fact]
    public void Case_033_builds_one_work_email_when_none_exists()
    {
        var user = User().With("emails", ScimMultiValue.Create(Email("babs@jensen.org", "home", primary: true)));
        var result = PatchEvaluator.Apply(user, ParseUser(ConformanceCases.Body("033-entra-flag2021-user-patch-mixed-paths-and-nopath")));

        var emails = List(result.Resource, "emails");
        Assert.Equal(2, emails.Count);
        Assert.Equal(Email("babs@jensen.org", "home"), emails[0]);
        Assert.Equal(Email("someone@example.com", "work", primary: true), emails[1]);
    }

    [Fact]
    public void Case_034_sets_the_department_creating_the_extension_when_absent()
    {
        var user = User().With(Fixtures.Enterprise, null);
        var result = PatchEvaluator.Apply(user, ParseUser(ConformanceCases.Body("034-entra-flag2021-add-enterprise-department")));

        Assert.Equal("Tech Infrastructure", Text(EnterpriseOf(result.Resource)["department"]));
        Assert.Contains(Fixtures.Enterprise, result.Resource.Schemas);
        Assert.Equal([Fixtures.Enterprise], result.Changes.ChangedAttributes);
    }

    [Fact]
    public void Case_036_creates_a_work_email_from_the_filter()
    {
        var user = User().With("emails", null);
        var result = PatchEvaluator.Apply(user, ParseUser(ConformanceCases.Body("036-entra-real-add-work-email-create-on-absent")));

        Assert.Equal(Email("something@example.com", "work"), Assert.Single(List(result.Resource, "emails")));
    }

    [Fact]
    public void Case_036_turns_a_single_untyped_email_into_the_work_email()
    {
        var user = User().With("emails", ScimMultiValue.Create(ScimComplex.Create(("value", new ScimString("old@example.com")))));
        var result = PatchEvaluator.Apply(user, ParseUser(ConformanceCases.Body("036-entra-real-add-work-email-create-on-absent")));

        Assert.Equal(Email("something@example.com", "work"), Assert.Single(List(result.Resource, "emails")));
    }

    [Fact]
    public void Case_037_stores_roles_carrying_json_in_a_string_as_given()
    {
        var result = Apply("037-entra-real-roles-patch-add-serialized-json");

        var roles = List(result.Resource, "roles");
        Assert.Equal(2, roles.Count);
        Assert.Equal("{\"id\":\"06b07648-ecfe-589f-9d2f-6325724a46ee\",\"value\":\"Admin\",\"displayName\":\"Admin\"}", Text(((ScimComplex)roles[0])["value"]));
        Assert.Equal(["roles"], result.Changes.ChangedAttributes);
    }

    [Fact]
    public void Case_038_adds_three_members_in_one_delta()
    {
        var result = Apply("038-entra-group-add-multiple-members-one-op");

        var delta = Assert.Single(result.Changes.Deltas);
        Assert.Equal(["f648f8d5ea4e4cd38e9c", "a11b22c33d44e55f6677", "0c9d8e7f6a5b4c3d2e1f"], Keys(delta.Added));
    }

    [Fact]
    public void Case_071_renames_the_group_although_the_value_resends_the_read_only_id()
    {
        var result = PatchEvaluator.Apply(Group(), ParseGroup(ConformanceCases.Body("071-okta-patch-group-rename-nopath-with-id")));

        Assert.Equal("Test SCIMv2", Text(result.Resource["displayName"]));
        Assert.Equal("abf4dd94-a4c0-4f67-89c9-76b03340cb9b", result.Resource.Id);
        Assert.Equal(["displayName"], result.Changes.ChangedAttributes);

        var again = PatchEvaluator.Apply(result.Resource, ParseGroup(ConformanceCases.Body("071-okta-patch-group-rename-nopath-with-id")));
        Assert.True(again.Changes.IsEmpty);
    }

    [Fact]
    public void Case_071_with_another_id_is_a_mutability_error()
    {
        var other = Group().With("id", new ScimString("e9e30dba-f08f-4109-8486-d5c6a331660a"));
        var exception = Fails(() => PatchEvaluator.Apply(other, ParseGroup(ConformanceCases.Body("071-okta-patch-group-rename-nopath-with-id"))));

        Assert.Equal(ScimErrorType.Mutability, exception.ScimType);
    }

    [Fact]
    public void Case_072_removes_then_adds_members_in_order()
    {
        var result = Apply("072-okta-patch-group-membership-remove-and-add");

        var delta = Assert.Single(result.Changes.Deltas);
        Assert.False(delta.ClearExisting);
        Assert.Equal(["89bb1940-b905-4575-9e7f-6f887cfb368e"], delta.Removed);
        var added = Assert.Single(delta.Added);
        Assert.Equal("23a35c27-23d3-4c03-b4c5-6443c09e7173", Text(added["value"]));
        Assert.Equal("test.user@example.com", Text(added["display"]));
    }

    [Fact]
    public void Case_073_replaces_all_members()
    {
        var result = Apply("073-okta-patch-group-replace-all-members");

        var delta = Assert.Single(result.Changes.Deltas);
        Assert.True(delta.ClearExisting);
        Assert.Empty(delta.Removed);
        Assert.Equal(["23a35c27-23d3-4c03-b4c5-6443c09e7173", "89bb1940-b905-4575-9e7f-6f887cfb368e"], Keys(delta.Added));
    }

    [Fact]
    public void Case_073_with_members_loaded_reports_the_difference_as_a_delta()
    {
        var group = GroupWithMembers("89bb1940-b905-4575-9e7f-6f887cfb368e", "gone");
        var result = PatchEvaluator.Apply(group, ParseGroup(ConformanceCases.Body("073-okta-patch-group-replace-all-members")), NothingDeferred);

        Assert.Equal(2, List(result.Resource, "members").Count);
        var delta = Assert.Single(result.Changes.Deltas);
        Assert.False(delta.ClearExisting);
        Assert.Equal(["89bb1940-b905-4575-9e7f-6f887cfb368e", "gone"], delta.Removed);
        Assert.Equal(["23a35c27-23d3-4c03-b4c5-6443c09e7173", "89bb1940-b905-4575-9e7f-6f887cfb368e"], Keys(delta.Added));
    }

    internal static ScimComplex Email(string value, string type, bool primary = false) => primary
        ? ScimComplex.Create(("type", new ScimString(type)), ("value", new ScimString(value)), ("primary", ScimBoolean.True))
        : ScimComplex.Create(("type", new ScimString(type)), ("value", new ScimString(value)));

    private static PatchResult Apply(string name)
    {
        var type = ConformanceCases.TypeOf(name);
        return PatchEvaluator.Apply(type == GroupType ? Group() : User(), PatchRequest.Parse(ConformanceCases.Body(name), type));
    }
}
