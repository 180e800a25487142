using System.Collections;

namespace Scim.Schema;

/// <summary>
/// The values of a multi-valued attribute (RFC 7643 §2.4), in order. Immutable: the editing methods return new
/// instances.
/// </summary>
public sealed class ScimMultiValue : ScimValue, IReadOnlyList<ScimValue>
{
    private readonly ScimValue[] _items;

    private ScimMultiValue(ScimValue[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static ScimMultiValue Empty { get; } = new([]);

    /// <inheritdoc />
    public override ScimValueKind Kind => ScimValueKind.MultiValued;

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public ScimValue this[int index] => _items[index];

    /// <summary>Creates a list of values.</summary>
    /// <param name="items">The values; none may be a <see cref="ScimMultiValue"/> or <see langword="null"/>.</param>
    /// <returns>The list.</returns>
    public static ScimMultiValue Create(IEnumerable<ScimValue> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var array = items.ToArray();
        foreach (var item in array)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
            if (item is ScimMultiValue)
            {
                throw new ArgumentException("A multi-valued attribute cannot hold nested lists.", nameof(items));
            }
        }

        return array.Length == 0 ? Empty : new ScimMultiValue(array);
    }

    /// <summary>Creates a list of values.</summary>
    /// <param name="items">The values.</param>
    /// <returns>The list.</returns>
    public static ScimMultiValue Create(params ScimValue[] items) => Create((IEnumerable<ScimValue>)items);

    /// <summary>Wraps an array the caller built and no longer touches.</summary>
    internal static ScimMultiValue FromOwnedArray(ScimValue[] items) => items.Length == 0 ? Empty : new ScimMultiValue(items);

    /// <summary>Returns a copy with the values appended.</summary>
    /// <param name="items">The values to append.</param>
    /// <returns>The new list.</returns>
    public ScimMultiValue AddRange(IEnumerable<ScimValue> items) => Create(_items.Concat(items));

    /// <summary>Returns a copy with the item at <paramref name="index"/> replaced.</summary>
    /// <param name="index">The index.</param>
    /// <param name="item">The new item.</param>
    /// <returns>The new list.</returns>
    public ScimMultiValue SetItem(int index, ScimValue item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var copy = _items.AsSpan().ToArray();
        copy[index] = item;
        return new ScimMultiValue(copy);
    }

    /// <summary>Returns a copy without the items that match.</summary>
    /// <param name="predicate">Which items to remove.</param>
    /// <returns>The new list (this instance when nothing matched).</returns>
    public ScimMultiValue RemoveAll(Func<ScimValue, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var kept = _items.Where(item => !predicate(item)).ToArray();
        return kept.Length == _items.Length ? this : FromOwnedArray(kept);
    }

    /// <inheritdoc />
    public override bool Equals(ScimValue? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is not ScimMultiValue list || list._items.Length != _items.Length)
        {
            return false;
        }

        for (var i = 0; i < _items.Length; i++)
        {
            if (!_items[i].Equals(list._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public IEnumerator<ScimValue> GetEnumerator() => ((IEnumerable<ScimValue>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", _items.Select(i => i.ToString())) + "]";
}
