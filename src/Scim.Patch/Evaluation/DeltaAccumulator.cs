using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// Folds the operations of one request on a deferred attribute into one <see cref="MultiValuedAttributeDelta"/>, in
/// order: a later remove cancels an earlier add of the same key (and removes what the store may hold), a later add
/// cancels an earlier remove, a replace or a remove of everything starts over with <c>ClearExisting</c>. Each step is
/// O(1), so the cost is linear in the values sent and independent of the size of the stored list.
/// </summary>
internal sealed class DeltaAccumulator(string attributeName, StringComparer keyComparer)
{
    private readonly List<string> _removedOrder = [];
    private readonly HashSet<string> _removed = new(keyComparer);
    private readonly List<string> _addedOrder = [];
    private readonly Dictionary<string, ScimComplex> _added = new(keyComparer);
    private bool _clearExisting;

    public void Add(string key, ScimComplex value)
    {
        _removed.Remove(key);
        if (!_added.ContainsKey(key))
        {
            _addedOrder.Add(key);
        }

        _added[key] = value;
    }

    public void Remove(string key)
    {
        _added.Remove(key);
        if (!_clearExisting && _removed.Add(key))
        {
            _removedOrder.Add(key);
        }
    }

    public void ClearAll()
    {
        _clearExisting = true;
        _removed.Clear();
        _removedOrder.Clear();
        _added.Clear();
        _addedOrder.Clear();
    }

    public MultiValuedAttributeDelta ToDelta()
    {
        var removed = new List<string>(_removed.Count);
        var emitted = new HashSet<string>(keyComparer);
        foreach (var key in _removedOrder)
        {
            if (_removed.Contains(key) && emitted.Add(key))
            {
                removed.Add(key);
            }
        }

        var added = new List<ScimComplex>(_added.Count);
        emitted.Clear();
        foreach (var key in _addedOrder)
        {
            if (_added.TryGetValue(key, out var value) && emitted.Add(key))
            {
                added.Add(value);
            }
        }

        return new MultiValuedAttributeDelta(attributeName, _clearExisting, removed.AsReadOnly(), added.AsReadOnly());
    }
}
