using System.Collections.Frozen;

namespace Scim.Schema;

/// <summary>
/// The attributes of one JSON object level (a schema's top level, a complex attribute's sub-attributes) indexed for
/// the reader and writer: by the unescaped UTF-8 bytes of a key, by the very name string a value was stored under,
/// and case-insensitively. Each lookup returns the attribute's position, so that a reader can remember the
/// attributes it has seen in one bit each.
/// </summary>
/// <remarks>
/// The exact lookups take a <c>hint</c>, the position after the previous hit in the same object, and start there:
/// keys in declaration order (as this library writes them) are found on the first comparison. When no two names
/// differ only in case, an exact match is the only case-insensitive match, so the hint changes the speed, never the
/// answer; when some do, the exact lookups always miss and the case-insensitive one decides (its first match, as
/// <see cref="AttributeDefinition.FindSubAttribute(ReadOnlySpan{char})"/> does).
/// </remarks>
internal sealed class AttributeNameIndex
{
    /// <summary>Above this many attributes an exact lookup only tries the hint, so that unknown keys never scan a large schema.</summary>
    private const int MaxLinearLookup = 48;

    /// <summary>Up to this many attributes the case-insensitive lookup is a scan; above it, a frozen dictionary.</summary>
    private const int MaxScanIgnoringCase = 8;

    private readonly AttributeDefinition[] _attributes;
    private readonly bool _exact;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byName;
    private readonly bool _hasDictionary;

    /// <summary>Creates an index over <paramref name="attributes"/> in that order.</summary>
    /// <param name="attributes">The attributes; the index keeps the array, which must not change afterwards.</param>
    public AttributeNameIndex(AttributeDefinition[] attributes)
    {
        _attributes = attributes;
        _exact = !HasCaseVariants(attributes);
        if (_exact && attributes.Length > MaxScanIgnoringCase)
        {
            var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < attributes.Length; i++)
            {
                byName.Add(attributes[i].Name, i);
            }

            _byName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
            _hasDictionary = true;
        }
    }

    /// <summary>An index of no attributes.</summary>
    public static AttributeNameIndex Empty { get; } = new([]);

    /// <summary>The number of attributes.</summary>
    public int Count => _attributes.Length;

    /// <summary>The attribute at <paramref name="index"/>.</summary>
    /// <param name="index">A position returned by a lookup.</param>
    public AttributeDefinition this[int index] => _attributes[index];

    /// <summary>
    /// The position of the attribute whose name is exactly <paramref name="utf8Name"/> (an unescaped JSON key), or -1:
    /// then use <see cref="IndexOfIgnoringCase"/>, which also matches other spellings.
    /// </summary>
    /// <param name="utf8Name">The key's bytes.</param>
    /// <param name="hint">Where to start; set past the hit when found.</param>
    /// <returns>The position, or -1.</returns>
    public int IndexOfUtf8(ReadOnlySpan<byte> utf8Name, ref int hint)
    {
        var attributes = _attributes;
        if (!_exact || utf8Name.IsEmpty || attributes.Length == 0)
        {
            return -1;
        }

        var start = (uint)hint < (uint)attributes.Length ? hint : 0;
        var tries = attributes.Length <= MaxLinearLookup ? attributes.Length : 1;
        for (int i = start, n = 0; n < tries; n++)
        {
            var candidate = attributes[i].Utf8Name;
            if (candidate.Length == utf8Name.Length && candidate[0] == utf8Name[0] && utf8Name.SequenceEqual(candidate))
            {
                hint = i + 1;
                return i;
            }

            if (++i == attributes.Length)
            {
                i = 0;
            }
        }

        return -1;
    }

    /// <summary>
    /// The position of the attribute whose <see cref="AttributeDefinition.Name"/> is the very string
    /// <paramref name="name"/> (the keys of values this library read or built), or -1: then look the name up by text.
    /// </summary>
    /// <param name="name">The stored name.</param>
    /// <param name="hint">Where to start; set past the hit when found.</param>
    /// <returns>The position, or -1.</returns>
    public int IndexOfSame(string name, ref int hint)
    {
        var attributes = _attributes;
        if (!_exact || attributes.Length == 0)
        {
            return -1;
        }

        var start = (uint)hint < (uint)attributes.Length ? hint : 0;
        var tries = attributes.Length <= MaxLinearLookup ? attributes.Length : 1;
        for (int i = start, n = 0; n < tries; n++)
        {
            if (ReferenceEquals(attributes[i].Name, name))
            {
                hint = i + 1;
                return i;
            }

            if (++i == attributes.Length)
            {
                i = 0;
            }
        }

        return -1;
    }

    /// <summary>The position of the first attribute whose name equals <paramref name="name"/> case-insensitively, or -1.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The position, or -1.</returns>
    public int IndexOfIgnoringCase(ReadOnlySpan<char> name)
    {
        if (_hasDictionary)
        {
            return _byName.TryGetValue(name, out var found) ? found : -1;
        }

        var attributes = _attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            if (name.Equals(attributes[i].Name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool HasCaseVariants(AttributeDefinition[] attributes)
    {
        if (attributes.Length > MaxScanIgnoringCase)
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var attribute in attributes)
            {
                if (!names.Add(attribute.Name))
                {
                    return true;
                }
            }

            return false;
        }

        for (var i = 0; i < attributes.Length; i++)
        {
            for (var j = i + 1; j < attributes.Length; j++)
            {
                if (string.Equals(attributes[i].Name, attributes[j].Name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
