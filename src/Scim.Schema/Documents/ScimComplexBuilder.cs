namespace Scim.Schema;

/// <summary>
/// Edits a <see cref="ScimComplex"/> in place and produces the result once: the same results as a chain of
/// <see cref="ScimComplex.With"/> calls, without copying every entry on each call. For code that makes several edits
/// to one complex value (a PATCH request touching several top-level attributes).
/// </summary>
/// <remarks>
/// <see cref="Set"/> follows <see cref="ScimComplex.With"/> exactly: a name matches case-insensitively, a replaced
/// entry keeps its place and its stored spelling, a new entry goes last, and <see langword="null"/> removes. The source
/// value is never changed. Not thread-safe.
/// </remarks>
public sealed class ScimComplexBuilder
{
    private KeyValuePair<string, ScimValue>[] _entries;
    private int _count;

    /// <summary>Whether <see cref="_entries"/> belongs to an immutable value and must be copied before an edit.</summary>
    private bool _shared;

    /// <summary>The immutable value equal to the current content, or <see langword="null"/> after an edit.</summary>
    private ScimComplex? _built;

    /// <summary>Starts from <paramref name="source"/>.</summary>
    /// <param name="source">The value to edit; it is not changed.</param>
    public ScimComplexBuilder(ScimComplex source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _entries = source.EntryArray;
        _count = _entries.Length;
        _shared = true;
        _built = source;
    }

    /// <summary>The number of sub-values.</summary>
    public int Count => _count;

    /// <summary>Finds a sub-value by name, case-insensitively, as <see cref="ScimComplex.Find"/> does.</summary>
    /// <param name="name">The sub-attribute name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public ScimValue? Find(ReadOnlySpan<char> name)
    {
        var index = IndexOf(name);
        return index < 0 ? null : _entries[index].Value;
    }

    /// <summary>Sets a sub-value (replacing one of the same name, in place) or removes it when <paramref name="value"/> is <see langword="null"/>, as <see cref="ScimComplex.With"/> does.</summary>
    /// <param name="name">The sub-attribute name.</param>
    /// <param name="value">The new value, or <see langword="null"/> to remove.</param>
    public void Set(string name, ScimValue? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var index = IndexOf(name);
        if (value is null)
        {
            if (index >= 0)
            {
                Own(_count);
                Array.Copy(_entries, index + 1, _entries, index, _count - index - 1);
                _entries[--_count] = default;
                _built = null;
            }

            return;
        }

        if (index >= 0)
        {
            if (!ReferenceEquals(_entries[index].Value, value))
            {
                Own(_count);
                _entries[index] = new(_entries[index].Key, value);
                _built = null;
            }

            return;
        }

        Own(_count + 1);
        _entries[_count++] = new(name, value);
        _built = null;
    }

    /// <summary>The complex value with the edits so far (the source itself when nothing changed).</summary>
    /// <returns>The value; later edits do not change it.</returns>
    public ScimComplex ToComplex()
    {
        if (_built is not null)
        {
            return _built;
        }

        if (_count == _entries.Length)
        {
            // Exactly sized: hand the array over, and copy again before the next edit.
            _shared = true;
            _built = ScimComplex.FromOwnedArray(_entries);
        }
        else
        {
            _built = ScimComplex.FromOwnedArray(_entries.AsSpan(0, _count).ToArray());
        }

        return _built;
    }

    /// <summary>Makes the array this builder's own, with room for <paramref name="needed"/> entries.</summary>
    private void Own(int needed)
    {
        if (!_shared && needed <= _entries.Length)
        {
            return;
        }

        // A first copy is sized exactly (edits that do not grow the value let ToComplex hand the array over); growth doubles.
        var capacity = _shared ? Math.Max(needed, _count) : Math.Max(needed, _entries.Length * 2);
        var copy = new KeyValuePair<string, ScimValue>[capacity];
        Array.Copy(_entries, copy, _count);
        _entries = copy;
        _shared = false;
    }

    private int IndexOf(ReadOnlySpan<char> name)
    {
        // As ScimComplex.Find: an exact pass first (names are unique case-insensitively, so it is the only match), then the case-insensitive one.
        var entries = _entries;
        var count = _count;
        for (var i = 0; i < count; i++)
        {
            var key = entries[i].Key;
            if (key.Length == name.Length
                && (System.Runtime.CompilerServices.Unsafe.AreSame(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(name), ref System.Runtime.InteropServices.MemoryMarshal.GetReference(key.AsSpan()))
                    || name.SequenceEqual(key)))
            {
                return i;
            }
        }

        for (var i = 0; i < count; i++)
        {
            if (name.Equals(entries[i].Key, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
