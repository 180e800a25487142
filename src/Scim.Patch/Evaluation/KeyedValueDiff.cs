using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// The delta between the loaded values of a deferred attribute before and after a full evaluation, by <c>value</c>
/// key: keys gone are removed; new keys are added; a value whose content changed is removed and added again so that
/// a store applying adds as insert-if-absent still ends with the new content. Never <c>ClearExisting</c>.
/// </summary>
internal static class KeyedValueDiff
{
    public static MultiValuedAttributeDelta Diff(PatchTarget target, ScimMultiValue? before, ScimMultiValue? after)
    {
        var comparer = ScimStringNormalization.Comparer(target.Attribute.FindSubAttribute("value")?.CaseExact ?? true);
        var old = new Dictionary<string, ScimValue>(before?.Count ?? 0, comparer);
        foreach (var item in before ?? ScimMultiValue.Empty)
        {
            if (DeltaShape.KeyOf(item) is { } key)
            {
                old.TryAdd(key, item);
            }
        }

        var removed = new List<string>();
        var added = new List<ScimComplex>();
        var kept = new HashSet<string>(comparer);
        foreach (var item in after ?? ScimMultiValue.Empty)
        {
            if (DeltaShape.KeyOf(item) is not { } key || !kept.Add(key))
            {
                continue;
            }

            if (!old.TryGetValue(key, out var previous))
            {
                added.Add((ScimComplex)item);
            }
            else if (!previous.Equals(item))
            {
                removed.Add(key);
                added.Add((ScimComplex)item);
            }
        }

        foreach (var key in old.Keys)
        {
            if (!kept.Contains(key))
            {
                removed.Add(key);
            }
        }

        return new MultiValuedAttributeDelta(target.Key, false, removed.AsReadOnly(), added.AsReadOnly());
    }
}
