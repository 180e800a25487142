namespace Scim.Abstractions;

/// <summary>
/// A stored resource: its current <see cref="InMemoryRecord"/> (read without locking) and, for groups, its member
/// set. Every write to this one resource takes <see cref="Gate"/>, so writes to different resources never wait for
/// each other, and a member add touches one dictionary slot instead of copying the member list.
/// </summary>
internal sealed class InMemoryEntry
{
    private volatile InMemoryRecord _record;

    public InMemoryEntry(string id, long sequence, InMemoryRecord record, Dictionary<string, ScimMember>? members, string?[] uniqueKeys)
    {
        Id = id;
        Sequence = sequence;
        _record = record;
        Members = members;
        UniqueKeys = uniqueKeys;
    }

    /// <summary>Serialises writes to this resource (and reads of its member set).</summary>
    public Lock Gate { get; } = new();

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>Insertion order within the collection: the default sort order.</summary>
    public long Sequence { get; }

    /// <summary>The current state; replaced as a whole under <see cref="Gate"/>.</summary>
    public InMemoryRecord Record
    {
        get => _record;
        set => _record = value;
    }

    /// <summary>The members keyed by member id (ordinal), or <see langword="null"/> for types without members. Guarded by <see cref="Gate"/>.</summary>
    public Dictionary<string, ScimMember>? Members { get; set; }

    /// <summary>The keys this resource holds in the collection's unique indexes, one per unique attribute. Guarded by <see cref="Gate"/>.</summary>
    public string?[] UniqueKeys { get; set; }

    /// <summary>Whether the resource was deleted (a writer that found the entry before the delete must not revive it). Guarded by <see cref="Gate"/>.</summary>
    public bool Deleted { get; set; }
}
