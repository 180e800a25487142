using Scim.Filter;

namespace Scim.Patch;

/// <summary>
/// A path in <see cref="PatchPathParser"/>'s cache: its parse and the target it last resolved to. Identity providers
/// send the same few paths against the same resource type over and over, so resolving and binding a value filter
/// (<c>emails[type eq "work"].value</c>) once per path, not once per request, saves most of that work.
/// </summary>
/// <remarks>
/// The remembered target is one immutable record read and replaced whole, so concurrent requests can only see a
/// complete resolution: at worst one made for another resource type or compatibility setting, which is recognised
/// and not used. A target depends on nothing but the path text (the cache key), the resource type (compared by
/// reference; its definitions are immutable) and whether client compatibility is on.
/// </remarks>
internal sealed class CachedPath(ScimPath path)
{
    private Resolution? _last;

    /// <summary>The parse of the path text.</summary>
    public ScimPath Path { get; } = path;

    /// <summary>The target this path resolved to under <paramref name="resolver"/> before, or <see langword="null"/>.</summary>
    public PatchTarget? FindTarget(PatchTargetResolver resolver)
    {
        var last = Volatile.Read(ref _last);
        return last is not null && ReferenceEquals(last.ResourceType, resolver.ResourceType) && last.ClientCompatibility == resolver.ClientCompatibility
            ? last.Target
            : null;
    }

    /// <summary>Remembers what this path resolved to under <paramref name="resolver"/>.</summary>
    public void Remember(PatchTargetResolver resolver, PatchTarget target) =>
        Volatile.Write(ref _last, new Resolution(resolver.ResourceType, resolver.ClientCompatibility, target));

    private sealed record Resolution(Scim.Schema.ResourceTypeDefinition ResourceType, bool ClientCompatibility, PatchTarget Target);
}
