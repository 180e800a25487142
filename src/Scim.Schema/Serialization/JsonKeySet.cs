using System.Runtime.CompilerServices;

namespace Scim.Schema;

/// <summary>
/// The property names seen so far in one JSON object, compared case-insensitively (RFC 7643 §2.1), so that a
/// duplicate key, including one that differs only in case, is refused. A value type: the first 8 names live inline
/// (no allocation for ordinary objects); a hostile object with more keys switches to a hash set, so the cost stays
/// linear, not quadratic.
/// </summary>
internal struct JsonKeySet
{
    private const int InlineLimit = 8;
    private InlineNames _inline;
    private int _count;
    private HashSet<string>? _large;

    /// <summary>Adds a name.</summary>
    /// <param name="name">The property name.</param>
    /// <returns><see langword="false"/> when the name (in any case) was already present.</returns>
    public bool Add(string name)
    {
        if (_large is not null)
        {
            return _large.Add(name);
        }

        for (var i = 0; i < _count; i++)
        {
            var existing = _inline[i];
            if (existing.Length == name.Length && (name.Length == 0 || MayEqualIgnoringCase(existing[0], name[0])) && string.Equals(existing, name, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        if (_count < InlineLimit)
        {
            _inline[_count++] = name;
            return true;
        }

        _large = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < _count; i++)
        {
            _large.Add(_inline[i]);
        }

        return _large.Add(name);
    }

    /// <summary>
    /// A cheap filter before the full comparison: two ASCII characters that differ other than in letter case cannot
    /// start equal names (the test never rejects a pair <see cref="StringComparison.OrdinalIgnoreCase"/> would accept).
    /// </summary>
    private static bool MayEqualIgnoringCase(char a, char b) => a >= 0x80 || b >= 0x80 || (a | 0x20) == (b | 0x20);

    [InlineArray(InlineLimit)]
    private struct InlineNames
    {
        private string _first;
    }
}
