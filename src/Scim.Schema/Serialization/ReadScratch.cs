using System.Runtime.InteropServices;

namespace Scim.Schema;

/// <summary>
/// Scratch lists one read collects entries and list items in before they are copied into the exact-size arrays the
/// immutable values own: a nested object or list appends above its parent's segment and takes its segment off when
/// done, so a whole document is read without growing a list per object. One instance is kept per thread and lent to
/// one read at a time (a read that fails simply does not give it back).
/// </summary>
internal sealed class ReadScratch
{
    private const int MaxKeptCapacity = 4096;

    [ThreadStatic]
    private static ReadScratch? t_cached;

    private ReadScratch()
    {
    }

    /// <summary>
    /// Whether the whole input was checked to be valid UTF-8 before this read (not so for a reader a caller made), so
    /// that an unescaped string can be decoded without the reader's own checks.
    /// </summary>
    public bool Utf8Validated { get; set; }

    /// <summary>Entries of the objects being read, innermost last.</summary>
    public List<KeyValuePair<string, ScimValue>> Entries { get; } = new(64);

    /// <summary>Items of the multi-valued attributes being read, innermost last.</summary>
    public List<ScimValue> Items { get; } = new(16);

    /// <summary>Takes the thread's instance (or a new one when it is lent out).</summary>
    public static ReadScratch Rent()
    {
        var scratch = t_cached ?? new ReadScratch();
        t_cached = null;
        return scratch;
    }

    /// <summary>Gives an instance back, emptied; one grown by a huge document is dropped.</summary>
    public static void Return(ReadScratch scratch)
    {
        scratch.Entries.Clear();
        scratch.Items.Clear();
        if (scratch.Entries.Capacity <= MaxKeptCapacity && scratch.Items.Capacity <= MaxKeptCapacity)
        {
            t_cached = scratch;
        }
    }

    /// <summary>Copies the entries from <paramref name="start"/> on into a new array and removes them.</summary>
    public KeyValuePair<string, ScimValue>[] TakeEntries(int start)
    {
        var taken = CollectionsMarshal.AsSpan(Entries)[start..].ToArray();
        Entries.RemoveRange(start, taken.Length);
        return taken;
    }

    /// <summary>Copies the items from <paramref name="start"/> on into a new array and removes them.</summary>
    public ScimValue[] TakeItems(int start)
    {
        var taken = CollectionsMarshal.AsSpan(Items)[start..].ToArray();
        Items.RemoveRange(start, taken.Length);
        return taken;
    }

    /// <summary>The index of the entry named <paramref name="name"/> (case-insensitive) from <paramref name="start"/> on, or -1.</summary>
    public int IndexOfEntry(int start, string name)
    {
        var entries = CollectionsMarshal.AsSpan(Entries);
        for (var i = start; i < entries.Length; i++)
        {
            if (string.Equals(entries[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
