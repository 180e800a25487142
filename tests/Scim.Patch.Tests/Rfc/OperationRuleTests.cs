using Scim.Schema;
using static Scim.Patch.Tests.Support.Fixtures;

namespace Scim.Patch.Tests.Rfc;

/// <summary>The rules of add, replace and remove on each kind of attribute (RFC 7644 §3.5.2), mutability and schema validation.</summary>
public sealed class OperationRuleTests
{
    [Fact]
    public void Add_on_a_single_valued_attribute_replaces_it()
    {
        var result = PatchUser(Body("""{"op":"add","path":"displayName","value":"Barbara"}"""));

        Assert.Equal("Barbara", Text(result.Resource["displayName"]));
    }

    [Fact]
    public void Add_on_a_complex_attribute_merges_the_sub_attributes()
    {
        var result = PatchUser(Body("""{"op":"add","path":"name","value":{"middleName":"Jane"}}"""));

        var name = (ScimComplex)result.Resource["name"]!;
        Assert.Equal("Jane", Text(name["middleName"]));
        Assert.Equal("Jensen", Text(name["familyName"]));
    }

    [Fact]
    public void Add_of_a_value_already_present_changes_nothing()
    {
        var result = PatchUser(Body("""{"op":"add","path":"emails","value":[{"value":"babs@jensen.org","type":"home"}]}"""));

        Assert.Equal(2, List(result.Resource, "emails").Count);
        Assert.True(result.Changes.IsEmpty);
    }

    [Fact]
    public void Replace_on_an_absent_attribute_adds_it()
    {
        var result = PatchUser(Body("""{"op":"replace","path":"title","value":"Tour Guide"}"""));

        Assert.Equal("Tour Guide", Text(result.Resource["title"]));
        Assert.Equal(["title"], result.Changes.ChangedAttributes);
    }

    [Fact]
    public void Replace_on_a_complex_attribute_keeps_unmentioned_sub_attributes()
    {
        var result = PatchUser(Body("""{"op":"replace","path":"name","value":{"givenName":"Babs"}}"""));

        var name = (ScimComplex)result.Resource["name"]!;
        Assert.Equal("Babs", Text(name["givenName"]));
        Assert.Equal("Jensen", Text(name["familyName"]));
    }

    [Fact]
    public void Replace_of_a_sub_attribute_creates_the_complex_attribute_when_absent()
    {
        var result = PatchUser(User().With("name", null), Body("""{"op":"replace","path":"name.givenName","value":"Babs"}"""));

        Assert.Equal(ScimComplex.Create(("givenName", new ScimString("Babs"))), result.Resource["name"]);
    }

    [Fact]
    public void Replace_of_a_multi_valued_attribute_replaces_every_value()
    {
        var result = PatchUser(Body("""{"op":"replace","path":"emails","value":[{"value":"new@example.com","type":"work"}]}"""));

        Assert.Equal("new@example.com", Text(((ScimComplex)Assert.Single(List(result.Resource, "emails")))["value"]));
    }

    [Fact]
    public void Remove_of_a_simple_attribute_makes_it_unassigned()
    {
        var result = PatchUser(Body("""{"op":"remove","path":"nickName"}"""));

        Assert.Null(result.Resource["nickName"]);
        Assert.Equal(["nickName"], result.Changes.ChangedAttributes);
    }

    [Fact]
    public void Remove_of_the_last_sub_attribute_removes_the_complex_attribute()
    {
        var user = User().With("name", ScimComplex.Create(("givenName", new ScimString("B"))));
        var result = PatchUser(user, Body("""{"op":"remove","path":"name.givenName"}"""));

        Assert.Null(result.Resource["name"]);
    }

    [Fact]
    public void Remove_of_an_absent_attribute_succeeds_without_change()
    {
        var result = PatchUser(Body("""{"op":"remove","path":"title"}"""));

        Assert.True(result.Changes.IsEmpty);
    }

    [Fact]
    public void Remove_of_a_sub_attribute_in_filtered_values_keeps_the_values()
    {
        var result = PatchUser(Body("""{"op":"remove","path":"emails[type eq \"work\"].primary"}"""));

        Assert.Null(((ScimComplex)List(result.Resource, "emails")[0])["primary"]);
        Assert.Equal(2, List(result.Resource, "emails").Count);
    }

    [Fact]
    public void Remove_of_every_value_makes_the_attribute_unassigned()
    {
        var result = PatchUser(Body("""{"op":"remove","path":"phoneNumbers[type eq \"work\"]"}"""));

        Assert.Null(result.Resource["phoneNumbers"]);
    }

    [Fact]
    public void Sub_attribute_path_on_a_multi_valued_attribute_applies_to_every_value()
    {
        var result = PatchUser(Body("""{"op":"replace","path":"emails.display","value":"mail"}"""));

        Assert.All(List(result.Resource, "emails"), e => Assert.Equal("mail", Text(((ScimComplex)e)["display"])));
    }

    [Fact]
    public void Extension_attribute_by_urn_path()
    {
        var result = PatchUser(Body("""{"op":"replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Finance"}"""));

        Assert.Equal("Finance", Text(EnterpriseOf(result.Resource)["department"]));
        Assert.Equal("701984", Text(EnterpriseOf(result.Resource)["employeeNumber"]));
        Assert.Equal([Enterprise], result.Changes.ChangedAttributes);
    }

    [Fact]
    public void Extension_sub_attribute_by_urn_path()
    {
        var result = PatchUser(Body("""{"op":"replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value","value":"m2"}"""));

        Assert.Equal("m2", Text(((ScimComplex)EnterpriseOf(result.Resource)["manager"]!)["value"]));
    }

    [Fact]
    public void Pathless_value_with_an_extension_object()
    {
        var body = Body("""{"op":"replace","value":{"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Finance","costCenter":"4130"},"displayName":"B"}}""");
        var result = PatchUser(body);

        Assert.Equal("Finance", Text(EnterpriseOf(result.Resource)["department"]));
        Assert.Equal("4130", Text(EnterpriseOf(result.Resource)["costCenter"]));
        Assert.Equal("701984", Text(EnterpriseOf(result.Resource)["employeeNumber"]));
        Assert.Equal(["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "displayName"], result.Changes.ChangedAttributes);
    }

    [Fact]
    public void Path_naming_the_extension_urn_sets_its_attributes()
    {
        var body = Body("""{"op":"add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User","value":{"division":"West"}}""");
        var result = PatchUser(body);

        Assert.Equal("West", Text(EnterpriseOf(result.Resource)["division"]));
    }

    [Fact]
    public void Remove_of_the_extension_urn_removes_the_whole_extension()
    {
        var result = PatchUser(Body("""{"op":"remove","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"}"""));

        Assert.Null(result.Resource.GetExtension(Enterprise));
        Assert.DoesNotContain(Enterprise, result.Resource.Schemas);
    }

    [Fact]
    public void Setting_one_primary_clears_the_others()
    {
        var result = PatchUser(Body("""{"op":"replace","path":"emails[type eq \"home\"].primary","value":true}"""));

        var emails = List(result.Resource, "emails").Cast<ScimComplex>().ToList();
        Assert.Null(emails[0]["primary"]);
        Assert.Equal(ScimBoolean.True, emails[1]["primary"]);
    }

    [Fact]
    public void Adding_a_primary_value_clears_the_other_primary()
    {
        var result = PatchUser(Body("""{"op":"add","path":"emails","value":[{"value":"x@example.com","type":"other","primary":true}]}"""));

        var emails = List(result.Resource, "emails").Cast<ScimComplex>().ToList();
        Assert.Single(emails, e => e["primary"] is ScimBoolean { Value: true });
        Assert.Equal(ScimBoolean.True, emails[2]["primary"]);
    }

    [Fact]
    public void A_list_with_two_primaries_keeps_the_last()
    {
        var result = PatchUser(Body("""{"op":"replace","path":"emails","value":[{"value":"a@example.com","primary":true},{"value":"b@example.com","primary":true}]}"""));

        var emails = List(result.Resource, "emails").Cast<ScimComplex>().ToList();
        Assert.Null(emails[0]["primary"]);
        Assert.Equal(ScimBoolean.True, emails[1]["primary"]);
    }

    [Theory]
    [InlineData("""{"op":"replace","path":"id","value":"other"}""")]
    [InlineData("""{"op":"remove","path":"id"}""")]
    [InlineData("""{"op":"replace","path":"meta.version","value":"W/\"9\""}""")]
    [InlineData("""{"op":"add","path":"groups","value":[{"value":"g1"}]}""")]
    [InlineData("""{"op":"replace","value":{"id":"other"}}""")]
    [InlineData("""{"op":"replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.displayName","value":"Someone"}""")]
    public void Read_only_targets_are_mutability_errors(string operation)
    {
        var exception = Fails(() => PatchUser(Body(operation)));

        Assert.Equal(ScimErrorType.Mutability, exception.ScimType);
    }

    [Fact]
    public void Read_only_value_equal_to_the_current_one_passes()
    {
        var result = PatchUser(Body("""{"op":"replace","path":"id","value":"2819c223-7f76-453a-919d-413861904646"}"""));

        Assert.True(result.Changes.IsEmpty);
    }

    [Fact]
    public void Immutable_attribute_can_be_set_while_unset_and_never_changed()
    {
        var schema = new SchemaDefinition("urn:example:Device", "Device", null,
        [
            new AttributeDefinition("serial") { Mutability = Mutability.Immutable },
            new AttributeDefinition("label"),
        ]);
        var type = new ResourceTypeDefinition("Device", "/Devices", schema);
        var device = new ScimResource(type, ScimComplex.Create(("label", new ScimString("a"))));

        var set = PatchEvaluator.Apply(device, PatchRequest.Parse(Body("""{"op":"add","path":"serial","value":"S1"}"""), type));
        Assert.Equal("S1", Text(set.Resource["serial"]));

        var same = PatchEvaluator.Apply(set.Resource, PatchRequest.Parse(Body("""{"op":"replace","path":"serial","value":"S1"}"""), type));
        Assert.True(same.Changes.IsEmpty);

        var change = Fails(() => PatchEvaluator.Apply(set.Resource, PatchRequest.Parse(Body("""{"op":"replace","path":"serial","value":"S2"}"""), type)));
        Assert.Equal(ScimErrorType.Mutability, change.ScimType);
        var remove = Fails(() => PatchEvaluator.Apply(set.Resource, PatchRequest.Parse(Body("""{"op":"remove","path":"serial"}"""), type)));
        Assert.Equal(ScimErrorType.Mutability, remove.ScimType);
    }

    [Fact]
    public void Changing_the_immutable_value_of_a_loaded_member_is_a_mutability_error()
    {
        var body = Body("""{"op":"replace","path":"members[value eq \"a\"].value","value":"b"}""");
        var request = ParseGroup(body);
        Assert.True(request.RequiresLoading("members"));

        var exception = Fails(() => PatchEvaluator.Apply(GroupWithMembers("a"), request, NothingDeferred));
        Assert.Equal(ScimErrorType.Mutability, exception.ScimType);
    }

    [Theory]
    [InlineData("""{"op":"remove","path":"userName"}""")]
    [InlineData("""{"op":"replace","path":"userName","value":null}""")]
    [InlineData("""{"op":"replace","value":{"userName":null}}""")]
    public void Removing_a_required_attribute_is_an_invalid_value(string operation)
    {
        var exception = Fails(() => PatchUser(Body(operation)));

        Assert.Equal(ScimErrorType.InvalidValue, exception.ScimType);
    }

    [Fact]
    public void Enforced_canonical_values_are_validated()
    {
        var schema = new SchemaDefinition("urn:example:Thing", "Thing", null,
        [
            new AttributeDefinition("kind") { CanonicalValues = ["a", "b"], CanonicalValuesEnforced = true },
        ]);
        var type = new ResourceTypeDefinition("Thing", "/Things", schema);
        var thing = new ScimResource(type, ScimComplex.Empty);

        Assert.Equal("B", Text(PatchEvaluator.Apply(thing, PatchRequest.Parse(Body("""{"op":"add","path":"kind","value":"B"}"""), type)).Resource["kind"]));
        var exception = Fails(() => PatchEvaluator.Apply(thing, PatchRequest.Parse(Body("""{"op":"add","path":"kind","value":"c"}"""), type)));
        Assert.Equal(ScimErrorType.InvalidValue, exception.ScimType);
    }

    [Fact]
    public void Strict_mode_replace_with_an_unmatched_filter_is_no_target()
    {
        var exception = Fails(() => PatchUser(Body("""{"op":"replace","path":"emails[type eq \"other\"].value","value":"x@example.com"}"""), Strict));

        Assert.Equal(ScimErrorType.NoTarget, exception.ScimType);
    }

    [Fact]
    public void Strict_mode_remove_with_an_unmatched_filter_is_no_target()
    {
        var exception = Fails(() => PatchUser(Body("""{"op":"remove","path":"emails[type eq \"other\"]"}"""), Strict));

        Assert.Equal(ScimErrorType.NoTarget, exception.ScimType);
    }

    [Fact]
    public void Operations_apply_in_order()
    {
        var result = PatchUser(Body(
            """{"op":"replace","path":"nickName","value":"One"}""",
            """{"op":"remove","path":"nickName"}""",
            """{"op":"add","path":"nickName","value":"Three"}"""));

        Assert.Equal("Three", Text(result.Resource["nickName"]));
    }

    [Fact]
    public void A_patch_that_leaves_the_resource_equal_reports_no_change()
    {
        var result = PatchUser(Body(
            """{"op":"replace","path":"displayName","value":"Babs Jensen"}""",
            """{"op":"replace","path":"active","value":true}""",
            """{"op":"replace","path":"name.givenName","value":"Barbara"}"""));

        Assert.Empty(result.Changes.ChangedAttributes);
        Assert.True(result.Changes.IsEmpty);
        Assert.Equal(User(), result.Resource);
    }

    [Fact]
    public void A_change_undone_later_in_the_request_reports_no_change()
    {
        var result = PatchUser(Body(
            """{"op":"replace","path":"displayName","value":"X"}""",
            """{"op":"replace","path":"displayName","value":"Babs Jensen"}"""));

        Assert.True(result.Changes.IsEmpty);
    }
}
