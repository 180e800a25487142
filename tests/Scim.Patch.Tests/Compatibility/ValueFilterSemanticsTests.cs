using Scim.Schema;
using static Scim.Patch.Tests.Support.Fixtures;

namespace Scim.Patch.Tests.Compatibility;

/// <summary>PATCH value filters are bound and evaluated by the filter package: the same case rule and quoted-boolean
/// reading as GET filters.</summary>
public sealed class ValueFilterSemanticsTests
{
    private static ScimResource UserWithEmails() => PatchUser(Body(
        """{"op":"replace","path":"emails","value":[{"value":"a@example.com","type":"Work"},{"value":"b@example.com","type":"home","primary":true}]}""")).Resource;

    private static string? TypeOf(ScimResource user, string address) =>
        Text(List(user, "emails").OfType<ScimComplex>().Single(e => Text(e["value"]) == address)["display"]);

    [Theory]
    [InlineData("emails[type eq \"WORK\"].display", "a@example.com")]
    [InlineData("emails[type eq \"ｗｏｒｋ\"].display", "a@example.com")]
    [InlineData("emails[primary eq \"True\"].display", "b@example.com")]
    [InlineData("emails[value ew \"B@EXAMPLE.COM\"].display", "b@example.com")]
    public void Value_filters_follow_the_filter_rules(string path, string changed)
    {
        var result = PatchUser(UserWithEmails(), Body($$"""{"op":"replace","path":"{{path.Replace("\"", "\\\"", StringComparison.Ordinal)}}","value":"X"}"""));

        Assert.Equal("X", TypeOf(result.Resource, changed));
        Assert.Single(List(result.Resource, "emails").OfType<ScimComplex>(), e => Text(e["display"]) == "X");
    }

    [Fact]
    public void A_value_filter_comparing_a_boolean_with_a_word_is_400_invalidFilter() =>
        Assert.Equal(ScimErrorType.InvalidFilter, Fails(() => PatchUser(UserWithEmails(), Body(
            """{"op":"replace","path":"emails[primary eq \"yes\"].display","value":"X"}"""))).ScimType);
}
