using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// The change a PATCH makes to a multi-valued attribute that a store keeps as rows (Group <c>members</c> above
/// all), expressed as a delta so that a store never loads or rewrites the whole list: optionally clear what is there,
/// then remove these keys, then add these values. Keys are the <c>value</c> sub-attribute (the member id).
/// </summary>
/// <remarks>
/// Applying a delta is idempotent: adding a present key or removing an absent one changes nothing, so a store applies
/// adds as insert-if-absent and removes as delete-if-present and reports whether anything really changed.
/// </remarks>
public sealed class MultiValuedAttributeDelta
{
    /// <summary>Creates a delta.</summary>
    /// <param name="attributeName">The attribute, for example <c>members</c> (for an extension attribute, its URN-qualified name).</param>
    /// <param name="clearExisting">Whether every existing value is removed first (<c>replace members</c>, <c>remove members</c> without a filter).</param>
    /// <param name="removed">The keys (<c>value</c> sub-attribute) of the values to remove.</param>
    /// <param name="added">The values to add, each a complex value with at least <c>value</c>.</param>
    public MultiValuedAttributeDelta(string attributeName, bool clearExisting, IReadOnlyList<string> removed, IReadOnlyList<ScimComplex> added)
    {
        ArgumentException.ThrowIfNullOrEmpty(attributeName);
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(added);
        AttributeName = attributeName;
        ClearExisting = clearExisting;
        Removed = removed;
        Added = added;
    }

    /// <summary>The attribute, for example <c>members</c>.</summary>
    public string AttributeName { get; }

    /// <summary>Whether every existing value is removed before <see cref="Removed"/> and <see cref="Added"/> apply.</summary>
    public bool ClearExisting { get; }

    /// <summary>The keys of the values to remove, without duplicates, in request order.</summary>
    public IReadOnlyList<string> Removed { get; }

    /// <summary>The values to add, without duplicate keys, in request order; the last occurrence of a key wins.</summary>
    public IReadOnlyList<ScimComplex> Added { get; }

    /// <summary>Whether the delta does nothing at all.</summary>
    public bool IsEmpty => !ClearExisting && Removed.Count == 0 && Added.Count == 0;
}
