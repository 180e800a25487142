using System.Collections.Concurrent;

namespace Scim.Abstractions;

/// <summary>The resources of one type in one tenant, with one unique index per unique attribute.</summary>
internal sealed class InMemoryCollection
{
    private long _sequence;

    public InMemoryCollection(int uniqueAttributeCount, string? memberAttribute)
    {
        MemberAttribute = memberAttribute;
        UniqueIndexes = new ConcurrentDictionary<string, string>[uniqueAttributeCount];
        for (var i = 0; i < UniqueIndexes.Length; i++)
        {
            UniqueIndexes[i] = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        }
    }

    /// <summary>The resources by id (ids compare ordinally).</summary>
    public ConcurrentDictionary<string, InMemoryEntry> Entries { get; } = new(StringComparer.Ordinal);

    /// <summary>Per unique attribute: normalised value to the id that holds it. <c>TryAdd</c> makes exactly one of racing writers win.</summary>
    public ConcurrentDictionary<string, string>[] UniqueIndexes { get; }

    /// <summary>The attribute kept as a member set, or <see langword="null"/>.</summary>
    public string? MemberAttribute { get; }

    /// <summary>The next insertion sequence number.</summary>
    public long NextSequence() => Interlocked.Increment(ref _sequence);
}
