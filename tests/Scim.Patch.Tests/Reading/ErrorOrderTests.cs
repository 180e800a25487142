using Scim.Schema;
using static Scim.Patch.Tests.Support.Fixtures;

namespace Scim.Patch.Tests.Reading;

/// <summary>
/// Operations whose op and path come before a one-token value are built while the body is first read; which error a
/// bad request gets must not depend on that: structural errors anywhere come first, then the first operation's
/// errors in request order.
/// </summary>
public sealed class ErrorOrderTests
{
    [Fact]
    public void A_structural_error_in_a_later_operation_wins_over_a_value_error_in_an_earlier_one()
    {
        var error = Fails(() => ParseUser(Body(
            """{"op":"add","path":"active","value":"maybe"}""",
            """{"path":"nickName","value":"x"}""")));

        Assert.Equal(ScimErrorType.InvalidSyntax, error.ScimType);
        Assert.Contains("Operation 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_structural_error_after_the_operations_wins_over_a_value_error()
    {
        var body = Body("""{"op":"add","path":"active","value":"maybe"}""").Replace(
            "\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]", "\"schemas\":[\"urn:example:NotPatchOp\"]", StringComparison.Ordinal);

        Assert.Equal(ScimErrorType.InvalidSyntax, Fails(() => ParseUser(body)).ScimType);
    }

    [Fact]
    public void An_invalid_JSON_tail_wins_over_a_value_error()
    {
        var body = Body("""{"op":"add","path":"active","value":"maybe"}""") + "}";

        Assert.Equal(ScimErrorType.InvalidSyntax, Fails(() => ParseUser(body)).ScimType);
    }

    [Fact]
    public void The_first_operation_in_request_order_reports_its_error_whichever_was_built_first()
    {
        // Operation 0 has its value before op and path (built in the second pass); operation 1 is built early.
        var error = Fails(() => ParseUser(Body(
            """{"value":"maybe","op":"add","path":"active"}""",
            """{"op":"add","path":"name.givenName","value":5}""")));

        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
        Assert.Contains("active", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("givenName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_operation_built_early_reports_its_error_once_the_earlier_ones_are_fine()
    {
        var error = Fails(() => ParseUser(Body(
            """{"value":"Barb","op":"add","path":"nickName"}""",
            """{"op":"add","path":"name.givenName","value":5}""")));

        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
        Assert.Contains("givenName", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"op":"Replace","path":"active","value":"False"}""", """{"value":"False","path":"active","op":"Replace"}""")]
    [InlineData("""{"op":"replace","path":"emails[type eq \"work\"].value","value":"new@example.com"}""", """{"path":"emails[type eq \"work\"].value","value":"new@example.com","op":"replace"}""")]
    [InlineData("""{"op":"remove","path":"nickName","value":null}""", """{"value":null,"op":"remove","path":"nickName"}""")]
    [InlineData("""{"op":"add","path":"","value":null}""", """{"value":null,"path":"","op":"add"}""")]
    [InlineData("""{"op":"add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Platform"}""", """{"value":"Platform","op":"add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"}""")]
    public void An_operation_built_early_means_the_same_as_one_built_later(string early, string late)
    {
        var first = PatchUser(Body(early));
        var second = PatchUser(Body(late));

        Assert.Equal(Json(first.Resource), Json(second.Resource));
        Assert.Equal(first.Changes.ChangedAttributes, second.Changes.ChangedAttributes);
    }

    [Fact]
    public void A_failed_early_build_leaves_no_trace_in_the_next_request()
    {
        Fails(() => ParseUser(Body("""{"op":"add","path":"active","value":"maybe"}""")));

        Assert.Equal("Barb", Text(PatchUser(Body("""{"op":"add","path":"nickName","value":"Barb"}""")).Resource["nickName"]));
    }
}
