namespace Scim.Schema;

/// <summary>
/// The keys seen so far in one JSON object the reader maps onto attributes, so that a duplicate key, including one
/// that differs only in case, is refused. A key that resolved to an attribute is remembered by the attribute's
/// position in its <see cref="AttributeNameIndex"/>, one bit each (every spelling of an attribute resolves to the same
/// position, and a key that resolves to no attribute cannot equal an attribute's name in any case); positions past
/// 63 and other keys (<c>schemas</c>, URNs, unknown names) are remembered by name in a <see cref="JsonKeySet"/>.
/// </summary>
internal struct SeenKeys
{
    private ulong _attributes;
    private JsonKeySet _names;

    /// <summary>Notes the attribute at <paramref name="index"/>, named <paramref name="name"/>.</summary>
    /// <param name="index">The attribute's position in the object's index.</param>
    /// <param name="name">The attribute's name.</param>
    /// <returns><see langword="false"/> when the attribute was already seen.</returns>
    public bool AddAttribute(int index, string name)
    {
        if ((uint)index >= 64)
        {
            return _names.Add(name);
        }

        var bit = 1UL << index;
        if ((_attributes & bit) != 0)
        {
            return false;
        }

        _attributes |= bit;
        return true;
    }

    /// <summary>Notes a key that is not one of the object's attributes.</summary>
    /// <param name="name">The key.</param>
    /// <returns><see langword="false"/> when the key (in any case) was already seen.</returns>
    public bool AddName(string name) => _names.Add(name);
}
