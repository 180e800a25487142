using System.Text;
using Scim.Schema;
using static Scim.Patch.Tests.Support.Fixtures;

namespace Scim.Patch.Tests.Hostile;

/// <summary>Malformed and hostile PATCH bodies: each is a 400 with the RFC scimType, never another exception.</summary>
public sealed class HostileRequestTests
{
    private const string Schemas = "\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]";

    [Theory]
    [InlineData("move")]
    [InlineData("copy")]
    [InlineData("test")]
    [InlineData("Move")]
    [InlineData("")]
    [InlineData("delete")]
    public void Json_patch_and_unknown_verbs_are_invalid_syntax(string verb)
    {
        var exception = Fails(() => ParseUser(Body($$"""{"op":"{{verb}}","path":"nickName","from":"displayName","value":"x"}""")));

        Assert.Equal(ScimErrorType.InvalidSyntax, exception.ScimType);
    }

    [Theory]
    [InlineData("{\"Operations\":[{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"x\"}]}")]
    [InlineData("{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"Operations\":[{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"x\"}]}")]
    [InlineData("{\"schemas\":\"urn:ietf:params:scim:api:messages:2.0:PatchOp\",\"Operations\":[{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"x\"}]}")]
    [InlineData("{\"schemas\":[],\"Operations\":[{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"x\"}]}")]
    public void Missing_or_wrong_schemas_are_invalid_syntax(string body)
    {
        Assert.Equal(ScimErrorType.InvalidSyntax, Fails(() => ParseUser(body)).ScimType);
    }

    [Theory]
    [InlineData("{" + Schemas + ",\"Operations\":[]}")]
    [InlineData("{" + Schemas + "}")]
    [InlineData("{" + Schemas + ",\"Operations\":{}}")]
    [InlineData("{" + Schemas + ",\"Operations\":[1]}")]
    [InlineData("{" + Schemas + ",\"Operations\":[{\"path\":\"nickName\"}]}")]
    [InlineData("{" + Schemas + ",\"Operations\":[{\"op\":1}]}")]
    [InlineData("[]")]
    [InlineData("")]
    [InlineData("{" + Schemas + ",\"Operations\":[{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"x\"}]")]
    [InlineData("{" + Schemas + ",\"Operations\":[{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"x\"}]} {}")]
    [InlineData("{" + Schemas + ",\"Operations\":[{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"x\",}]}")]
    [InlineData("{" + Schemas + ",\"Operations\":[{\"op\":\"add\",\"Op\":\"remove\",\"path\":\"nickName\",\"value\":\"x\"}]}")]
    [InlineData("{" + Schemas + ",\"operations\":[],\"Operations\":[{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"x\"}]}")]
    [InlineData("{" + Schemas + ",\"Operations\":[{\"op\":\"add\",\"value\":{\"nickName\":\"a\",\"NICKNAME\":\"b\"}}]}")]
    [InlineData("{" + Schemas + ",\"Operations\":[{\"op\":\"add\",\"path\":\"name\",\"value\":{\"givenName\":\"a\",\"GivenName\":\"b\"}}]}")]
    [InlineData("{" + Schemas + ",\"Operations\":[{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"\\ud800\"}]}")]
    [InlineData("{" + Schemas + ",/*c*/\"Operations\":[{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"x\"}]}")]
    public void Structurally_broken_bodies_are_invalid_syntax(string body)
    {
        Assert.Equal(ScimErrorType.InvalidSyntax, Fails(() => ParseUser(body)).ScimType);
    }

    [Fact]
    public void Invalid_utf8_is_invalid_syntax()
    {
        var bytes = Utf8(Body("""{"op":"add","path":"nickName","value":"ab"}"""));
        var at = Array.IndexOf(bytes, (byte)'a', Encoding.UTF8.GetByteCount(Body("").TrimEnd(']', '}')));
        bytes[at] = 0xC3;

        Assert.Equal(ScimErrorType.InvalidSyntax, Fails(() => PatchRequest.Parse(bytes, UserType)).ScimType);
    }

    [Fact]
    public void Operations_before_schemas_and_a_utf8_bom_are_accepted()
    {
        var body = "\uFEFF{\"Operations\":[{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"x\"}]," + Schemas + "}";

        Assert.Single(PatchRequest.Parse(Encoding.UTF8.GetBytes(body), UserType).Operations);
    }

    [Theory]
    [InlineData("""{"op":"remove"}""")]
    [InlineData("""{"op":"remove","value":{"nickName":"Babs"}}""")]
    [InlineData("""{"op":"Remove","path":null}""")]
    public void Remove_without_path_is_no_target(string operation)
    {
        Assert.Equal(ScimErrorType.NoTarget, Fails(() => ParseUser(Body(operation))).ScimType);
    }

    [Theory]
    [InlineData("emails[type eq \\\"work\\\"")]
    [InlineData("emails[type eq]")]
    [InlineData("emails]")]
    [InlineData("name..givenName")]
    [InlineData("name.givenName.x")]
    [InlineData("emails[type eq \\\"work\\\"]]")]
    [InlineData("emails[type eq \\\"work\\\"].")]
    [InlineData("1abc")]
    [InlineData("userName eq \\\"x\\\"")]
    [InlineData("emails[type eq \\\"a\\\" and emails[value pr]]")]
    [InlineData("nickName[value eq \\\"x\\\"]")]
    [InlineData("userName.x")]
    public void Bad_paths_are_invalid_path(string path)
    {
        var exception = Fails(() => ParseUser(Body($$"""{"op":"replace","path":"{{path}}","value":"x"}""")));

        Assert.Equal(ScimErrorType.InvalidPath, exception.ScimType);
    }

    [Fact]
    public void Paths_up_to_one_kibibyte_are_accepted_and_longer_ones_are_invalid_path()
    {
        string PathOf(int length)
        {
            var prefix = "emails[value eq \"";
            return prefix + new string('a', length - prefix.Length - 2) + "\"]";
        }

        var atLimit = PathOf(1024);
        Assert.Equal(1024, atLimit.Length);
        var ok = ParseUser(Body($$"""{"op":"remove","path":"{{atLimit.Replace("\"", "\\\"", StringComparison.Ordinal)}}"}"""));
        Assert.NotNull(ok.Operations[0].Path);

        var over = PathOf(1025).Replace("\"", "\\\"", StringComparison.Ordinal);
        var exception = Fails(() => ParseUser(Body($$"""{"op":"remove","path":"{{over}}"}""")));
        Assert.Equal(ScimErrorType.InvalidPath, exception.ScimType);
    }

    [Theory]
    [InlineData("""{"op":"replace","path":"active","value":3}""")]
    [InlineData("""{"op":"replace","path":"active","value":"yes"}""")]
    [InlineData("""{"op":"replace","path":"userName","value":{"a":1}}""")]
    [InlineData("""{"op":"replace","path":"displayName","value":["a","b"]}""")]
    [InlineData("""{"op":"add","path":"nickName"}""")]
    [InlineData("""{"op":"replace"}""")]
    [InlineData("""{"op":"replace","value":"active"}""")]
    [InlineData("""{"op":"add","path":"members","value":[{"display":"no key"}]}""")]
    public void Values_of_the_wrong_shape_are_invalid_value(string operation)
    {
        var type = operation.Contains("members", StringComparison.Ordinal) ? GroupType : UserType;

        Assert.Equal(ScimErrorType.InvalidValue, Fails(() => PatchRequest.Parse(Body(operation), type)).ScimType);
    }

    [Fact]
    public void Operations_up_to_the_limit_are_accepted_and_one_more_names_the_limit()
    {
        var options = new PatchEvaluationOptions { MaxOperations = 5 };
        var operation = """{"op":"replace","path":"nickName","value":"x"}""";

        Assert.Equal(5, ParseUser(Body(Enumerable.Repeat(operation, 5).ToArray()), options).Operations.Count);
        var exception = Fails(() => ParseUser(Body(Enumerable.Repeat(operation, 6).ToArray()), options));
        Assert.Equal(ScimErrorType.InvalidValue, exception.ScimType);
        Assert.Contains("MaxOperations", exception.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_members_fit_the_default_limit_and_one_more_names_the_limit()
    {
        static string Members(int count) =>
            """{"op":"add","path":"members","value":[""" + string.Join(",", Enumerable.Range(0, count).Select(i => $$"""{"value":"m{{i}}"}""")) + "]}";

        var request = ParseGroup(Body(Members(10_000)));
        var result = PatchEvaluator.Apply(Group(), request);
        Assert.Equal(10_000, Assert.Single(result.Changes.Deltas).Added.Count);

        var exception = Fails(() => ParseGroup(Body(Members(10_001))));
        Assert.Equal(ScimErrorType.InvalidValue, exception.ScimType);
        Assert.Contains("MaxValues", exception.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_limit_counts_over_all_operations()
    {
        var options = new PatchEvaluationOptions { MaxValues = 3 };
        var operation = """{"op":"add","path":"members","value":[{"value":"a"},{"value":"b"}]}""";

        Assert.Equal(ScimErrorType.InvalidValue, Fails(() => ParseGroup(Body(operation, operation), options)).ScimType);
    }

    [Fact]
    public void One_bad_operation_among_good_ones_changes_nothing()
    {
        var user = User();
        var snapshot = Json(user);
        var request = ParseUser(Body(
            """{"op":"replace","path":"displayName","value":"Changed"}""",
            """{"op":"replace","path":"active","value":false}""",
            """{"op":"replace","path":"id","value":"hijack"}""",
            """{"op":"add","path":"nickName","value":"Later"}"""));

        Assert.Equal(ScimErrorType.Mutability, Fails(() => PatchEvaluator.Apply(user, request)).ScimType);
        Assert.Equal(snapshot, Json(user));
        Assert.Equal(User(), user);
    }

    [Fact]
    public void Errors_do_not_echo_values()
    {
        var exception = Fails(() => ParseUser(Body("""{"op":"replace","path":"active","value":"s3cr3t-token-value"}""")));

        Assert.DoesNotContain("s3cr3t", exception.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_invalid_syntax()
    {
        var deep = new string('[', 200) + new string(']', 200);

        Assert.Equal(ScimErrorType.InvalidSyntax, Fails(() => ParseUser(Body("{\"op\":\"add\",\"path\":\"nickName\",\"value\":" + deep + "}"))).ScimType);
    }

    [Fact]
    public void Unknown_attributes_are_invalid_path_when_not_ignored()
    {
        var options = new PatchEvaluationOptions { IgnoreUnknownAttributes = false };

        Assert.Equal(ScimErrorType.InvalidPath, Fails(() => ParseUser(Body("""{"op":"replace","path":"favouriteColour","value":"x"}"""), options)).ScimType);
        Assert.Equal(ScimErrorType.InvalidPath, Fails(() => ParseUser(Body("""{"op":"replace","value":{"favouriteColour":"x"}}"""), options)).ScimType);
    }
}
