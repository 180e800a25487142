using System.Collections;

namespace Scim.Schema;

/// <summary>
/// A complex value (RFC 7643 §2.3.8): named sub-values, names matched case-insensitively (§2.1), declaration order
/// kept. Also the container of a resource's top-level attributes, where an extension's attributes sit under the
/// extension URN as a nested <see cref="ScimComplex"/>. Immutable: <see cref="With"/> and <see cref="Without"/>
/// return new instances that share the untouched values.
/// </summary>
public sealed class ScimComplex : ScimValue, IReadOnlyCollection<KeyValuePair<string, ScimValue>>
{
    private readonly KeyValuePair<string, ScimValue>[] _entries;

    private ScimComplex(KeyValuePair<string, ScimValue>[] entries) => _entries = entries;

    /// <summary>The complex value with no sub-values.</summary>
    public static ScimComplex Empty { get; } = new([]);

    /// <inheritdoc />
    public override ScimValueKind Kind => ScimValueKind.Complex;

    /// <summary>The number of sub-values.</summary>
    public int Count => _entries.Length;

    /// <summary>The sub-value with the given name (case-insensitive), or <see langword="null"/> when absent.</summary>
    /// <param name="name">The sub-attribute name.</param>
    public ScimValue? this[string name] => Find(name);

    /// <summary>The array of entries itself, never to be changed (for <see cref="ScimComplexBuilder"/>, which copies it before an edit).</summary>
    internal KeyValuePair<string, ScimValue>[] EntryArray => _entries;

    /// <summary>The entries in order, for reading without an enumerator.</summary>
    internal ReadOnlySpan<KeyValuePair<string, ScimValue>> Entries => _entries;

    /// <summary>The names of the sub-values, as stored.</summary>
    public IEnumerable<string> Names => _entries.Select(e => e.Key);

    /// <summary>Creates a complex value from named values.</summary>
    /// <param name="entries">The entries; names must be unique case-insensitively; <see langword="null"/> values are skipped.</param>
    /// <returns>The complex value.</returns>
    /// <exception cref="ArgumentException">Two entries share a name.</exception>
    public static ScimComplex Create(IEnumerable<KeyValuePair<string, ScimValue?>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<KeyValuePair<string, ScimValue>>();
        foreach (var (name, value) in entries)
        {
            ArgumentException.ThrowIfNullOrEmpty(name);
            if (value is null)
            {
                continue;
            }

            if (IndexOf(list, name) >= 0)
            {
                throw new ArgumentException($"Duplicate attribute name '{name}'.", nameof(entries));
            }

            list.Add(new(name, value));
        }

        return list.Count == 0 ? Empty : new ScimComplex([.. list]);
    }

    /// <summary>Creates a complex value from name/value pairs.</summary>
    /// <param name="entries">The entries; names must be unique case-insensitively; <see langword="null"/> values are skipped.</param>
    /// <returns>The complex value.</returns>
    public static ScimComplex Create(params (string Name, ScimValue? Value)[] entries) =>
        Create(entries.Select(e => new KeyValuePair<string, ScimValue?>(e.Name, e.Value)));

    /// <summary>Wraps an array the caller built and no longer touches; names are already unique.</summary>
    internal static ScimComplex FromOwnedArray(KeyValuePair<string, ScimValue>[] entries) => entries.Length == 0 ? Empty : new ScimComplex(entries);

    /// <summary>Finds a sub-value by name, case-insensitively.</summary>
    /// <param name="name">The sub-attribute name.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public ScimValue? Find(ReadOnlySpan<char> name)
    {
        // Names are unique case-insensitively, so an exact match is the only match; keys are almost always spelled as
        // the caller spells them (both come from the schema), which the cheap ordinal pass finds.
        var entries = _entries;
        for (var i = 0; i < entries.Length; i++)
        {
            var key = entries[i].Key;
            if (key.Length == name.Length
                && (System.Runtime.CompilerServices.Unsafe.AreSame(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(name), ref System.Runtime.InteropServices.MemoryMarshal.GetReference(key.AsSpan()))
                    || name.SequenceEqual(key)))
            {
                return entries[i].Value;
            }
        }

        for (var i = 0; i < entries.Length; i++)
        {
            if (name.Equals(entries[i].Key, StringComparison.OrdinalIgnoreCase))
            {
                return entries[i].Value;
            }
        }

        return null;
    }

    /// <summary>Finds a sub-value by name, case-insensitively.</summary>
    /// <param name="name">The sub-attribute name.</param>
    /// <param name="value">The value when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetValue(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ScimValue? value)
    {
        value = Find(name);
        return value is not null;
    }

    /// <summary>Whether a sub-value with the name is present.</summary>
    /// <param name="name">The sub-attribute name.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(string name) => Find(name) is not null;

    /// <summary>Returns a copy with the sub-value set (replacing one of the same name, in place) or removed when <paramref name="value"/> is <see langword="null"/>.</summary>
    /// <param name="name">The sub-attribute name.</param>
    /// <param name="value">The new value, or <see langword="null"/> to remove.</param>
    /// <returns>The new complex value (this instance when nothing changes).</returns>
    public ScimComplex With(string name, ScimValue? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (value is null)
        {
            return Without(name);
        }

        var index = IndexOf(_entries, name);
        if (index >= 0)
        {
            if (ReferenceEquals(_entries[index].Value, value))
            {
                return this;
            }

            var copy = _entries.AsSpan().ToArray();
            copy[index] = new(_entries[index].Key, value);
            return new ScimComplex(copy);
        }

        var grown = new KeyValuePair<string, ScimValue>[_entries.Length + 1];
        _entries.CopyTo(grown, 0);
        grown[^1] = new(name, value);
        return new ScimComplex(grown);
    }

    /// <summary>Returns a copy without the named sub-value.</summary>
    /// <param name="name">The sub-attribute name.</param>
    /// <returns>The new complex value (this instance when the name is absent).</returns>
    public ScimComplex Without(string name)
    {
        var index = IndexOf(_entries, name);
        if (index < 0)
        {
            return this;
        }

        if (_entries.Length == 1)
        {
            return Empty;
        }

        var copy = new KeyValuePair<string, ScimValue>[_entries.Length - 1];
        Array.Copy(_entries, 0, copy, 0, index);
        Array.Copy(_entries, index + 1, copy, index, _entries.Length - index - 1);
        return new ScimComplex(copy);
    }

    /// <inheritdoc />
    public override bool Equals(ScimValue? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is not ScimComplex complex || complex._entries.Length != _entries.Length)
        {
            return false;
        }

        foreach (var (name, value) in _entries)
        {
            if (!value.Equals(complex.Find(name)))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var (name, value) in _entries)
        {
            hash ^= HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(name), value.GetHashCode());
        }

        return hash;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, ScimValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, ScimValue>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => "{" + string.Join(", ", _entries.Select(e => e.Key + ": " + e.Value)) + "}";

    private static int IndexOf(IReadOnlyList<KeyValuePair<string, ScimValue>> entries, string name)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (string.Equals(entries[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOf(KeyValuePair<string, ScimValue>[] entries, string name)
    {
        // As Find: an exact (usually reference-equal) pass first, then the case-insensitive one.
        for (var i = 0; i < entries.Length; i++)
        {
            if (string.Equals(entries[i].Key, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (var i = 0; i < entries.Length; i++)
        {
            if (string.Equals(entries[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
