namespace Scim.Schema;

/// <summary>
/// The property names seen so far in one JSON object, compared case-insensitively (RFC 7643 §2.1), so that a
/// duplicate key, including one that differs only in case, is refused. Small objects use a list; large ones switch
/// to a hash set so that a hostile object with many keys costs linear time, not quadratic.
/// </summary>
internal sealed class JsonKeySet
{
    private const int ListLimit = 16;
    private readonly List<string> _small = new(4);
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

        foreach (var existing in _small)
        {
            if (string.Equals(existing, name, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        _small.Add(name);
        if (_small.Count > ListLimit)
        {
            _large = new HashSet<string>(_small, StringComparer.OrdinalIgnoreCase);
        }

        return true;
    }
}
