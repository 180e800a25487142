using Scim.Schema;
using static Scim.Patch.Tests.Support.Fixtures;

namespace Scim.Patch.Tests.Rfc;

/// <summary>The examples of RFC 7644 §3.5.2.1 to §3.5.2.3, applied with the RFC letter (client compatibility off) and with the defaults.</summary>
public sealed class Rfc7644ExampleTests
{
    public static TheoryData<bool> BothModes() => [true, false];

    private static PatchEvaluationOptions Mode(bool compatibility) => compatibility ? PatchEvaluationOptions.Default : Strict;

    [Theory]
    [MemberData(nameof(BothModes))]
    public void Add_member_to_a_group(bool compatibility)
    {
        var body = Body("""{"op":"add","path":"members","value":[{"display":"Babs Jensen","$ref":"https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646","value":"2819c223-7f76-453a-919d-413861904646"}]}""");
        var result = PatchEvaluator.Apply(Group(), ParseGroup(body, Mode(compatibility)));

        var added = Assert.Single(Assert.Single(result.Changes.Deltas).Added);
        Assert.Equal("2819c223-7f76-453a-919d-413861904646", Text(added["value"]));
        Assert.Equal("Babs Jensen", Text(added["display"]));
        Assert.Equal("https://example.com/v2/Users/2819c223-7f76-453a-919d-413861904646", Text(added["$ref"]));
    }

    [Theory]
    [MemberData(nameof(BothModes))]
    public void Add_without_path_adds_an_email_and_sets_the_nickname(bool compatibility)
    {
        var body = Body("""{"op":"add","value":{"emails":[{"value":"babs@jensen.org","type":"home"},{"value":"b2@jensen.org","type":"other"}],"nickname":"Babsy"}}""");
        var result = PatchUser(body, Mode(compatibility));

        var emails = List(result.Resource, "emails");
        Assert.Equal(3, emails.Count);
        Assert.Equal("b2@jensen.org", Text(((ScimComplex)emails[2])["value"]));
        Assert.Equal("Babsy", Text(result.Resource["nickName"]));
        Assert.Equal(["emails", "nickName"], result.Changes.ChangedAttributes);
    }

    [Theory]
    [MemberData(nameof(BothModes))]
    public void Remove_one_member_by_filter(bool compatibility)
    {
        var body = Body("""{"op":"remove","path":"members[value eq \"2819c223-7f76-453a-919d-413861904646\"]"}""");
        var loaded = GroupWithMembers("2819c223-7f76-453a-919d-413861904646", "902c246b-6245-4190-8e05-00816be7344a");
        var options = new PatchEvaluationOptions { ClientCompatibility = compatibility, DeferredAttributes = new HashSet<string>() };
        var result = PatchEvaluator.Apply(loaded, ParseGroup(body, Mode(compatibility)), options);

        Assert.Equal(["902c246b-6245-4190-8e05-00816be7344a"], Keys(List(result.Resource, "members").Cast<ScimComplex>()));
    }

    [Theory]
    [MemberData(nameof(BothModes))]
    public void Remove_all_members(bool compatibility)
    {
        var result = PatchEvaluator.Apply(Group(), ParseGroup(Body("""{"op":"remove","path":"members"}"""), Mode(compatibility)));

        var delta = Assert.Single(result.Changes.Deltas);
        Assert.True(delta.ClearExisting);
        Assert.Empty(delta.Added);
        Assert.Empty(delta.Removed);
    }

    [Theory]
    [MemberData(nameof(BothModes))]
    public void Remove_values_by_a_complex_filter(bool compatibility)
    {
        var body = Body("""{"op":"remove","path":"emails[type eq \"work\" and value ew \"example.com\"]"}""");
        var result = PatchUser(body, Mode(compatibility));

        var email = (ScimComplex)Assert.Single(List(result.Resource, "emails"));
        Assert.Equal("babs@jensen.org", Text(email["value"]));
    }

    [Theory]
    [MemberData(nameof(BothModes))]
    public void Remove_all_members_then_add_two_in_one_request(bool compatibility)
    {
        var body = Body(
            """{"op":"remove","path":"members"}""",
            """{"op":"add","path":"members","value":[{"display":"Babs Jensen","value":"2819c223"},{"display":"James Smith","value":"08e1d05d"}]}""");
        var result = PatchEvaluator.Apply(Group(), ParseGroup(body, Mode(compatibility)));

        var delta = Assert.Single(result.Changes.Deltas);
        Assert.True(delta.ClearExisting);
        Assert.Equal(["2819c223", "08e1d05d"], Keys(delta.Added));
    }

    [Theory]
    [MemberData(nameof(BothModes))]
    public void Replace_all_members(bool compatibility)
    {
        var body = Body("""{"op":"replace","path":"members","value":[{"display":"Babs Jensen","value":"2819c223"},{"display":"James Smith","value":"08e1d05d"}]}""");
        var result = PatchEvaluator.Apply(Group(), ParseGroup(body, Mode(compatibility)));

        var delta = Assert.Single(result.Changes.Deltas);
        Assert.True(delta.ClearExisting);
        Assert.Equal(["2819c223", "08e1d05d"], Keys(delta.Added));
    }

    [Theory]
    [MemberData(nameof(BothModes))]
    public void Replace_a_work_address_whole(bool compatibility)
    {
        var body = Body("""{"op":"replace","path":"addresses[type eq \"work\"]","value":{"type":"work","streetAddress":"911 Universal City Plaza","locality":"Hollywood","region":"CA","postalCode":"91608","country":"US","formatted":"911 Universal City Plaza\nHollywood, CA 91608 US","primary":true}}""");
        var result = PatchUser(body, Mode(compatibility));

        var address = (ScimComplex)Assert.Single(List(result.Resource, "addresses"));
        Assert.Equal("911 Universal City Plaza", Text(address["streetAddress"]));
        Assert.Equal("91608", Text(address["postalCode"]));
        Assert.Equal(ScimBoolean.True, address["primary"]);
    }

    [Theory]
    [MemberData(nameof(BothModes))]
    public void Replace_the_street_of_the_work_address(bool compatibility)
    {
        var body = Body("""{"op":"replace","path":"addresses[type eq \"work\"].streetAddress","value":"1010 Broadway Ave"}""");
        var result = PatchUser(body, Mode(compatibility));

        var address = (ScimComplex)Assert.Single(List(result.Resource, "addresses"));
        Assert.Equal("1010 Broadway Ave", Text(address["streetAddress"]));
        Assert.Equal("Hollywood", Text(address["locality"]));
    }

    [Theory]
    [MemberData(nameof(BothModes))]
    public void Replace_without_path_replaces_emails_and_nickname(bool compatibility)
    {
        var body = Body("""{"op":"replace","value":{"emails":[{"value":"bjensen@example.com","type":"work","primary":true},{"value":"babs@jensen.org","type":"home"}],"nickname":"Babs"}}""");
        var user = User().With("nickName", new ScimString("B")).With("emails", null);
        var result = PatchUser(user, body, Mode(compatibility));

        Assert.Equal(2, List(result.Resource, "emails").Count);
        Assert.Equal("Babs", Text(result.Resource["nickName"]));
    }
}
