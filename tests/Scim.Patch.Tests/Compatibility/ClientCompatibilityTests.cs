using Scim.Schema;
using static Scim.Patch.Tests.Support.Fixtures;

namespace Scim.Patch.Tests.Compatibility;

/// <summary>INTEROP.md items 1 to 10, on by default, and the RFC letter when client compatibility is off.</summary>
public sealed class ClientCompatibilityTests
{
    [Theory]
    [InlineData("Add")]
    [InlineData("REPLACE")]
    [InlineData("rePlace")]
    public void Capitalised_verbs_are_accepted(string verb)
    {
        var result = PatchUser(Body($$"""{"op":"{{verb}}","path":"nickName","value":"X"}"""));

        Assert.Equal("X", Text(result.Resource["nickName"]));
    }

    [Fact]
    public void Capitalised_verbs_are_invalid_syntax_without_compatibility()
    {
        Assert.Equal(ScimErrorType.InvalidSyntax, Fails(() => ParseUser(Body("""{"op":"Replace","path":"nickName","value":"X"}"""), Strict)).ScimType);
    }

    [Theory]
    [InlineData("\"False\"", false)]
    [InlineData("\"false\"", false)]
    [InlineData("\"FALSE\"", false)]
    [InlineData("\"True\"", true)]
    [InlineData("false", false)]
    public void String_booleans_are_read_and_False_is_never_true(string value, bool expected)
    {
        var result = PatchUser(Body($$"""{"op":"Replace","path":"active","value":{{value}}}"""));

        Assert.Equal(ScimBoolean.From(expected), result.Resource["active"]);
    }

    [Fact]
    public void String_booleans_are_invalid_value_without_compatibility()
    {
        Assert.Equal(ScimErrorType.InvalidValue, Fails(() => ParseUser(Body("""{"op":"replace","path":"active","value":"False"}"""), Strict)).ScimType);
    }

    [Fact]
    public void Remove_with_value_array_removes_only_listed_members()
    {
        var body = Body("""{"op":"Remove","path":"members","value":[{"value":"b"},{"value":"d"}]}""");
        var result = PatchEvaluator.Apply(GroupWithMembers("a", "b", "c", "d"), ParseGroup(body), NothingDeferred);

        Assert.Equal(["a", "c"], Keys(List(result.Resource, "members").Cast<ScimComplex>()));
        Assert.Equal(["b", "d"], Assert.Single(result.Changes.Deltas).Removed);
    }

    [Fact]
    public void Remove_with_value_array_is_invalid_syntax_without_compatibility_rather_than_removing_everyone()
    {
        Assert.Equal(ScimErrorType.InvalidSyntax, Fails(() => ParseGroup(Body("""{"op":"remove","path":"members","value":[{"value":"b"}]}"""), Strict)).ScimType);
    }

    [Fact]
    public void Remove_with_value_array_matches_values_without_key_by_their_sub_attributes()
    {
        var result = PatchUser(Body("""{"op":"remove","path":"emails","value":[{"type":"home"}]}"""));

        Assert.Equal("bjensen@example.com", Text(((ScimComplex)Assert.Single(List(result.Resource, "emails")))["value"]));
    }

    [Theory]
    [InlineData("\"m2\"")]
    [InlineData("{\"value\":\"m2\"}")]
    [InlineData("[{\"$ref\":\"https://example.com/Users/m2\",\"value\":\"m2\"}]")]
    public void Manager_as_string_object_or_one_element_array(string value)
    {
        foreach (var path in new[] { "manager", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager" })
        {
            var result = PatchUser(Body($$"""{"op":"Add","path":"{{path}}","value":{{value}}}"""));

            var manager = (ScimComplex)EnterpriseOf(result.Resource)["manager"]!;
            Assert.Equal("m2", Text(manager["value"]));
            Assert.Null(manager["displayName"]);
        }
    }

    [Theory]
    [InlineData("{\"value\":\"\"}")]
    [InlineData("\"\"")]
    [InlineData("null")]
    public void Manager_is_cleared_by_an_empty_value(string value)
    {
        var result = PatchUser(Body($$"""{"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":{{value}}}"""));

        Assert.Null(EnterpriseOf(result.Resource)["manager"]);
        Assert.Equal("Tour Operations", Text(EnterpriseOf(result.Resource)["department"]));
        Assert.Equal([Enterprise], result.Changes.ChangedAttributes);
    }

    [Fact]
    public void Manager_with_the_same_id_keeps_its_display_name()
    {
        var result = PatchUser(Body("""{"op":"add","path":"manager","value":"26118915-6090-4610-87e4-49d8ca9f808d"}"""));

        Assert.True(result.Changes.IsEmpty);
    }

    [Theory]
    [InlineData("department")]
    [InlineData("employeeNumber")]
    [InlineData("costCenter")]
    public void Bare_extension_attribute_names_resolve_to_the_extension(string name)
    {
        var result = PatchUser(Body($$"""{"op":"replace","path":"{{name}}","value":"V"}"""));

        Assert.Equal("V", Text(EnterpriseOf(result.Resource)[name]));
    }

    [Fact]
    public void Bare_extension_attribute_names_are_unknown_without_compatibility()
    {
        Assert.Equal(ScimErrorType.InvalidPath, Fails(() => ParseUser(Body("""{"op":"replace","path":"department","value":"V"}"""), Strict)).ScimType);
    }

    [Fact]
    public void Several_sub_attribute_operations_on_one_filter_build_one_entry()
    {
        var body = Body(
            """{"op":"Add","path":"addresses[type eq \"home\"].streetAddress","value":"1 Main St"}""",
            """{"op":"Add","path":"addresses[type eq \"home\"].locality","value":"Springfield"}""",
            """{"op":"Add","path":"addresses[type eq \"home\"].postalCode","value":"12345"}""");
        var result = PatchUser(body);

        var addresses = List(result.Resource, "addresses").Cast<ScimComplex>().ToList();
        Assert.Equal(2, addresses.Count);
        Assert.Equal(
            ScimComplex.Create(("type", new ScimString("home")), ("streetAddress", new ScimString("1 Main St")), ("locality", new ScimString("Springfield")), ("postalCode", new ScimString("12345"))),
            addresses[1]);
    }

    [Fact]
    public void Create_on_absent_seeds_from_every_eq_term_joined_by_and()
    {
        var result = PatchUser(User().With("phoneNumbers", null), Body("""{"op":"replace","path":"phoneNumbers[type eq \"mobile\" and display eq \"Cell\"].value","value":"555"}"""));

        Assert.Equal(
            ScimComplex.Create(("type", new ScimString("mobile")), ("display", new ScimString("Cell")), ("value", new ScimString("555"))),
            Assert.Single(List(result.Resource, "phoneNumbers")));
    }

    [Fact]
    public void Create_on_absent_reads_Entra_string_booleans_in_the_filter()
    {
        var result = PatchUser(Body("""{"op":"Add","path":"roles[primary eq \"True\"].display","value":"Admin"}"""));

        Assert.Equal(ScimComplex.Create(("primary", ScimBoolean.True), ("display", new ScimString("Admin"))), Assert.Single(List(result.Resource, "roles")));
    }

    [Theory]
    [InlineData("emails[type eq \\\"other\\\" or type eq \\\"x\\\"].value")]
    [InlineData("emails[type co \\\"oth\\\"].value")]
    [InlineData("emails[not (type eq \\\"other\\\")].value")]
    [InlineData("emails[type eq \\\"a\\\" and type eq \\\"b\\\"].value")]
    public void Filters_that_cannot_seed_an_entry_are_no_target(string path)
    {
        var exception = Fails(() => PatchUser(User().With("emails", null), Body($$"""{"op":"replace","path":"{{path}}","value":"x@example.com"}""")));

        Assert.Equal(ScimErrorType.NoTarget, exception.ScimType);
    }

    [Fact]
    public void Unknown_attributes_are_ignored_and_the_rest_applies()
    {
        var body = Body(
            """{"op":"Replace","path":"favouriteColour","value":"blue"}""",
            """{"op":"Replace","path":"urn:example:unknown:2.0:User:thing","value":"x"}""",
            """{"op":"Replace","path":"name.nickname","value":"x"}""",
            """{"op":"Replace","path":"emails[colour eq \"red\"].value","value":"x"}""",
            """{"op":"Replace","value":{"active":false,"favouriteFood":"pizza"}}""");
        var request = ParseUser(body);
        var result = PatchEvaluator.Apply(User(), request);

        Assert.Equal(ScimBoolean.False, result.Resource["active"]);
        Assert.Equal(["active"], result.Changes.ChangedAttributes);
        Assert.True(request.Operations[0].IsIgnored);
        Assert.False(request.Operations[4].IsIgnored);
    }

    [Fact]
    public void Unmatched_filter_removal_is_a_successful_no_op()
    {
        var result = PatchUser(Body("""{"op":"remove","path":"emails[type eq \"other\"]"}"""));

        Assert.True(result.Changes.IsEmpty);
    }

    [Fact]
    public void Role_values_carrying_json_are_stored_as_given()
    {
        const string Json = "{\"id\":\"1\",\"value\":\"Admin\"}";
        var result = PatchUser(Body($$"""{"op":"Add","path":"roles","value":[{"value":"{{Json.Replace("\"", "\\\"", StringComparison.Ordinal)}}"}]}"""));

        Assert.Equal(Json, Text(((ScimComplex)Assert.Single(List(result.Resource, "roles")))["value"]));
    }

    [Fact]
    public void Empty_path_means_no_path()
    {
        var result = PatchUser(Body("""{"op":"replace","path":"","value":{"nickName":"N"}}"""));

        Assert.Equal("N", Text(result.Resource["nickName"]));
    }

    [Fact]
    public void Operation_model_exposes_verb_path_and_typed_value()
    {
        var request = ParseUser(Body(
            """{"op":"Replace","path":"emails[type eq \"work\"].value","value":"a@example.com"}""",
            """{"op":"replace","value":{"name.givenName":"G","active":"False"}}"""));

        var first = request.Operations[0];
        Assert.Equal(PatchOperationType.Replace, first.Type);
        Assert.Equal("emails", first.Path!.Attribute.Name);
        Assert.Equal("value", first.Path.SubAttribute);
        Assert.Equal(new ScimString("a@example.com"), first.Value);
        var second = (ScimComplex)request.Operations[1].Value!;
        Assert.Null(request.Operations[1].Path);
        Assert.Equal(ScimBoolean.False, second["active"]);
        Assert.Equal(new ScimString("G"), second["name.givenName"]);
    }
}
