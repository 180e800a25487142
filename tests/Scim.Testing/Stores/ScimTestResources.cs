using Scim.Patch;
using Scim.Schema;

namespace Scim.Testing;

/// <summary>Builds the resources and evaluated PATCHes the store tests feed to stores.</summary>
public static class ScimTestResources
{
    /// <summary>A user with a userName and optional extras.</summary>
    public static ScimResource User(string userName, string? id = null, string? displayName = null, bool? active = null, params (string Type, string Value)[] emails)
    {
        var emailValues = emails.Select(e => (ScimValue)ScimComplex.Create(("value", new ScimString(e.Value)), ("type", new ScimString(e.Type)))).ToArray();
        return new ScimResource(CoreSchemas.UserResourceType, ScimComplex.Create(
            ("id", id is null ? null : new ScimString(id)),
            ("userName", new ScimString(userName)),
            ("displayName", displayName is null ? null : new ScimString(displayName)),
            ("active", active is null ? null : ScimBoolean.From(active.Value)),
            ("emails", emailValues.Length == 0 ? null : ScimMultiValue.Create(emailValues))));
    }

    /// <summary>A group with a displayName and optional members (user ids).</summary>
    public static ScimResource Group(string displayName, string? id = null, params string[] memberIds) =>
        new(CoreSchemas.GroupResourceType, ScimComplex.Create(
            ("id", id is null ? null : new ScimString(id)),
            ("displayName", new ScimString(displayName)),
            ("members", memberIds.Length == 0 ? null : ScimMultiValue.Create(memberIds.Select(Member).ToArray()))));

    /// <summary>A member value (<c>{"value": id, "type": "User"}</c>).</summary>
    public static ScimValue Member(string id) => ScimComplex.Create(("value", new ScimString(id)), ("type", new ScimString("User")));

    /// <summary>An evaluated PATCH that only changes members, as the evaluator produces with <c>members</c> deferred.</summary>
    public static PatchResult MemberDelta(ScimResource group, string[]? add = null, string[]? remove = null, bool clear = false)
    {
        var loaded = group.With("members", null).With("meta", null);
        var delta = new MultiValuedAttributeDelta("members", clear, remove ?? [], (add ?? []).Select(id => (ScimComplex)Member(id)).ToArray());
        return new PatchResult(loaded, new ScimChangeSet([], [delta]));
    }

    /// <summary>An evaluated PATCH that sets top-level attributes.</summary>
    public static PatchResult SetAttributes(ScimResource resource, params (string Name, ScimValue? Value)[] changes)
    {
        var patched = resource.With("meta", null);
        foreach (var (name, value) in changes)
        {
            patched = patched.With(name, value);
        }

        return new PatchResult(patched, new ScimChangeSet(changes.Select(c => c.Name).ToArray(), []));
    }

    /// <summary>The member ids of a group resource.</summary>
    public static IReadOnlyList<string> MemberIds(ScimResource? group) =>
        group?["members"] is ScimMultiValue list
            ? list.OfType<ScimComplex>().Select(m => ((ScimString)m.Find("value")!).Value).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The userName of a user resource.</summary>
    public static string UserName(ScimResource resource) => ((ScimString)resource["userName"]!).Value;
}
