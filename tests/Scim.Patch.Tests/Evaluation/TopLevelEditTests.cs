using Scim.Schema;
using static Scim.Patch.Tests.Support.Fixtures;

namespace Scim.Patch.Tests.Evaluation;

/// <summary>The patched top level is built once per request; it must be exactly what edit-by-edit copies would give.</summary>
public sealed class TopLevelEditTests
{
    [Fact]
    public void Several_top_level_edits_give_what_one_copy_per_edit_would_give_in_the_same_order()
    {
        var user = User();
        var result = PatchUser(user, Body(
            """{"op":"remove","path":"nickName"}""",
            """{"op":"replace","path":"displayName","value":"B"}""",
            """{"op":"add","path":"title","value":"Guide"}""",
            """{"op":"add","path":"nickName","value":"Barb"}""",
            """{"op":"replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Platform"}"""));

        var expected = user.Attributes
            .Without("nickName")
            .With("displayName", new ScimString("B"))
            .With("title", new ScimString("Guide"))
            .With("nickName", new ScimString("Barb"))
            .With(Enterprise, EnterpriseOf(user).With("department", new ScimString("Platform")));
        Assert.Equal(expected.Names, result.Resource.Attributes.Names);
        Assert.Equal(expected, result.Resource.Attributes);
        Assert.Equal(["nickName", "displayName", "title", Enterprise], result.Changes.ChangedAttributes);
    }

    [Fact]
    public void The_original_resource_is_not_changed()
    {
        var user = User();
        var before = Json(user);

        PatchUser(user, Body("""{"op":"replace","path":"displayName","value":"B"}""", """{"op":"remove","path":"name"}"""));

        Assert.Equal(before, Json(user));
    }

    [Fact]
    public void A_request_that_changes_nothing_reports_no_change()
    {
        var user = User();

        var result = PatchUser(user, Body("""{"op":"replace","path":"displayName","value":"Babs Jensen"}"""));

        Assert.Equal(user.Attributes, result.Resource.Attributes);
        Assert.Empty(result.Changes.ChangedAttributes);
    }
}
