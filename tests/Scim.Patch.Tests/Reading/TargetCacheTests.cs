using Scim.Schema;
using static Scim.Patch.Tests.Support.Fixtures;

namespace Scim.Patch.Tests.Reading;

/// <summary>
/// A path's resolved target is remembered with the path, for the resource type and compatibility setting it was
/// resolved under, and never used under others.
/// </summary>
public sealed class TargetCacheTests
{
    private static PatchTarget TargetOf(PatchRequest request) => Assert.Single(request.Operations[0].Actions).Target;

    [Fact]
    public void The_same_path_in_two_requests_reuses_one_target()
    {
        var body = Body("""{"op":"replace","path":"emails[type eq \"work\"].value","value":"a@example.com"}""");

        var first = TargetOf(ParseUser(body));
        var second = TargetOf(ParseUser(body));

        Assert.Same(first, second);
        Assert.Equal("emails", second.Attribute.Name);
        Assert.Equal("value", second.FilteredSubAttribute!.Name);
        Assert.NotNull(second.ElementFilter);
    }

    [Fact]
    public void A_path_resolved_for_users_is_resolved_again_for_groups()
    {
        var body = Body("""{"op":"replace","path":"displayName","value":"x"}""");

        var user = TargetOf(ParseUser(body));
        var group = TargetOf(ParseGroup(body));
        var userAgain = TargetOf(ParseUser(body));

        Assert.Same(CoreSchemas.User, user.Schema);
        Assert.Same(CoreSchemas.Group, group.Schema);
        Assert.Same(CoreSchemas.User, userAgain.Schema);
        Assert.Equal("x", Text(PatchEvaluator.Apply(Group(), ParseGroup(body)).Resource["displayName"]));
    }

    [Fact]
    public void A_bare_extension_name_resolved_with_compatibility_is_not_reused_in_strict_mode()
    {
        // INTEROP.md: Entra's bare "manager" resolves to the enterprise extension only with client compatibility.
        var body = Body("""{"op":"replace","path":"manager","value":"26118915"}""");

        var compatible = TargetOf(ParseUser(body));
        Assert.Equal(Enterprise, compatible.Schema.Id);

        var error = Fails(() => ParseUser(body, Strict));
        Assert.Equal(ScimErrorType.InvalidPath, error.ScimType);

        Assert.Same(compatible, TargetOf(ParseUser(body)));
    }

    [Fact]
    public void A_pathless_key_resolves_through_the_cache_with_the_same_result()
    {
        var body = Body("""{"op":"replace","value":{"name.givenName":"Barb"}}""");

        var first = PatchEvaluator.Apply(User(), ParseUser(body)).Resource;
        var second = PatchEvaluator.Apply(User(), ParseUser(body)).Resource;

        Assert.Equal("Barb", Text(((ScimComplex)first["name"]!)["givenName"]));
        Assert.Equal(Json(first), Json(second));
    }

    [Fact]
    public void A_path_that_fails_to_resolve_fails_every_time()
    {
        var body = Body("""{"op":"replace","path":"name[givenName eq \"x\"]","value":"y"}""");

        Assert.Equal(ScimErrorType.InvalidPath, Fails(() => ParseUser(body)).ScimType);
        Assert.Equal(ScimErrorType.InvalidPath, Fails(() => ParseUser(body)).ScimType);
    }

    [Fact]
    public async Task Concurrent_requests_for_users_and_groups_each_get_their_own_resolution()
    {
        var body = Body("""{"op":"replace","path":"displayName","value":"x"}""");
        var tasks = Enumerable.Range(0, 8).Select(i => Task.Run(() =>
        {
            for (var k = 0; k < 500; k++)
            {
                var group = (i + k) % 2 == 0;
                var target = TargetOf(group ? ParseGroup(body) : ParseUser(body));
                Assert.Same(group ? CoreSchemas.Group : CoreSchemas.User, target.Schema);
            }
        }));

        await Task.WhenAll(tasks);
    }
}
