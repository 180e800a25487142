using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// Computes the new value of one top-level attribute for one action, following RFC 7644 §3.5.2.1 to §3.5.2.3 and,
/// with client compatibility, INTEROP.md (create-on-absent for value-filtered paths, idempotent removal of unmatched
/// values, an identity change of a reference attribute such as <c>manager</c> replacing it whole). Enforces
/// mutability on what it changes and keeps <c>primary</c> unique.
/// </summary>
internal sealed class AttributeEditor(PatchAction action, bool compatibility, bool keyed)
{
    private readonly PatchTarget _target = action.Target;
    private readonly AttributeDefinition _attribute = action.Target.Attribute;
    private readonly bool _removing = action.Type == PatchOperationType.Remove || action.ValueKind == PatchActionValue.Clear;

    private int Index => action.OperationIndex;

    private string Path => _target.PathText;

    public ScimValue? Apply(ScimValue? before)
    {
        if (_target.Filter is not null)
        {
            return EditFiltered(before);
        }

        return _target.SubAttribute is not null ? EditSubAttribute(before) : EditWhole(before);
    }

    private ScimValue? EditWhole(ScimValue? before)
    {
        ScimValue? after;
        if (_removing)
        {
            if (before is null)
            {
                return null;
            }

            after = action.ValueKind == PatchActionValue.RemoveListed ? RemoveListed((ScimMultiValue)before, (ScimMultiValue)action.Value!) : null;
        }
        else if (_attribute.MultiValued)
        {
            var items = (ScimMultiValue)action.Value!;
            after = action.Type == PatchOperationType.Add ? AddElements(before as ScimMultiValue, items) : ReplaceElements(before as ScimMultiValue, items);
        }
        else if (_attribute.Type == AttributeType.Complex)
        {
            after = Merge(before as ScimComplex, (ScimComplex)action.Value!);
        }
        else
        {
            // RFC 7644 §3.5.2.1: add on a single-valued attribute replaces the existing value (INTEROP.md item 6).
            after = action.Value;
        }

        MutabilityGuard.Check(_attribute, before, after, Index, Path);
        return after;
    }

    private ScimMultiValue? RemoveListed(ScimMultiValue before, ScimMultiValue listed)
    {
        if (listed.Count == 0)
        {
            return before;
        }

        var kept = new List<ScimValue>(before.Count);
        foreach (var item in before)
        {
            var remove = false;
            foreach (var candidate in listed)
            {
                if (SameListedValue(item, candidate))
                {
                    remove = true;
                    break;
                }
            }

            if (!remove)
            {
                kept.Add(item);
            }
        }

        return kept.Count == before.Count ? before : ToList(kept);
    }

    /// <summary>Whether an existing element is the one a client listed for removal: same <c>value</c> key when listed with one, else every listed sub-attribute equal.</summary>
    private bool SameListedValue(ScimValue item, ScimValue listed)
    {
        if (item is not ScimComplex existing || listed is not ScimComplex wanted)
        {
            return item.Equals(listed);
        }

        if (wanted.Find("value") is ScimString key && _attribute.FindSubAttribute("value") is { } valueDefinition)
        {
            return existing.Find("value") is ScimString current && TextEquals(current.Value, key.Value, valueDefinition.CaseExact);
        }

        foreach (var (name, value) in wanted)
        {
            var current = existing.Find(name);
            if (current is null || !SubValueEquals(_attribute.FindSubAttribute(name), current, value))
            {
                return false;
            }
        }

        return wanted.Count > 0;
    }

    private ScimMultiValue? AddElements(ScimMultiValue? before, ScimMultiValue items)
    {
        var existing = before ?? ScimMultiValue.Empty;
        var result = new List<ScimValue>(existing.Count + items.Count);
        result.AddRange(existing);
        var appended = new List<int>();
        Dictionary<string, int>? byKey = null;
        if (keyed)
        {
            byKey = new Dictionary<string, int>(existing.Count + items.Count, KeyComparer());
            for (var i = 0; i < existing.Count; i++)
            {
                if (DeltaShape.KeyOf(existing[i]) is { } key)
                {
                    byKey.TryAdd(key, i);
                }
            }
        }

        foreach (var item in items)
        {
            if (byKey is not null && DeltaShape.KeyOf(item) is { } key)
            {
                if (byKey.TryGetValue(key, out var at))
                {
                    if (at >= existing.Count)
                    {
                        // The same key twice in this request: the last occurrence wins.
                        result[at] = item;
                    }

                    // Already a value: adding it again changes nothing (idempotent retries).
                    continue;
                }

                byKey.Add(key, result.Count);
            }
            else if (result.Exists(e => e.Equals(item)))
            {
                // RFC 7644 §3.5.2.1: "If the target location already contains the value specified, no changes SHOULD be made".
                continue;
            }

            MutabilityGuard.CheckNewElement(_attribute, item, Index, Path);
            appended.Add(result.Count);
            result.Add(item);
        }

        if (appended.Count == 0)
        {
            return before;
        }

        PrimaryValueRule.Apply(_attribute, result, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(appended));
        return ToList(result);
    }

    private ScimMultiValue? ReplaceElements(ScimMultiValue? before, ScimMultiValue items)
    {
        var result = new List<ScimValue>(items.Count);
        Dictionary<string, int>? byKey = keyed ? new Dictionary<string, int>(items.Count, KeyComparer()) : null;
        foreach (var item in items)
        {
            if (byKey is not null && DeltaShape.KeyOf(item) is { } key)
            {
                if (byKey.TryGetValue(key, out var at))
                {
                    result[at] = item;
                    continue;
                }

                byKey.Add(key, result.Count);
            }

            if (before is null || !before.Contains(item))
            {
                MutabilityGuard.CheckNewElement(_attribute, item, Index, Path);
            }

            result.Add(item);
        }

        PrimaryValueRule.ApplyToAll(_attribute, result);
        var after = ToList(result);
        return ScimValue.AreEqual(before, after) ? before : after;
    }

    /// <summary>RFC 7644 §3.5.2.1/§3.5.2.3 on a complex attribute: the sent sub-attributes replace or add, the others stay.</summary>
    private ScimComplex Merge(ScimComplex? before, ScimComplex sent)
    {
        ScimComplex after;
        if (before is null)
        {
            after = sent;
        }
        else if (compatibility && IsIdentityChange(before, sent))
        {
            // A different referenced resource (manager -> another user): the old derived sub-attributes
            // (manager.displayName) described the old one, so the sent value replaces the whole attribute.
            after = sent;
        }
        else
        {
            after = before;
            foreach (var (name, value) in sent)
            {
                after = after.With(name, value);
            }
        }

        MutabilityGuard.CheckSent(_attribute, sent, before, after, Index, Path);
        return after;
    }

    private bool IsIdentityChange(ScimComplex before, ScimComplex sent) =>
        _attribute.FindSubAttribute("value") is not null
        && before.Find("value") is { } current
        && sent.Find("value") is { } next
        && !current.Equals(next);

    private ScimValue? EditSubAttribute(ScimValue? before)
    {
        var sub = _target.SubAttribute!;
        if (!_attribute.MultiValued)
        {
            var parent = before as ScimComplex;
            var oldSub = parent?.Find(sub.Name);
            ScimComplex? after;
            if (_removing)
            {
                if (parent is null || oldSub is null)
                {
                    return before;
                }

                after = parent.Without(sub.Name);
            }
            else
            {
                after = (parent ?? ScimComplex.Empty).With(sub.Name, action.Value);
            }

            var result = after.Count == 0 ? null : after;
            MutabilityGuard.Check(sub, oldSub, result?.Find(sub.Name), Index, Path);
            if (_attribute.Mutability == Mutability.ReadOnly)
            {
                MutabilityGuard.Check(_attribute, before, result, Index, Path);
            }

            return result;
        }

        // A sub-attribute of every value of a multi-valued attribute (emails.type).
        var list = before as ScimMultiValue;
        if (list is null || list.Count == 0)
        {
            if (_removing)
            {
                return before;
            }

            var created = ScimComplex.Empty.With(sub.Name, action.Value);
            MutabilityGuard.CheckNewElement(_attribute, created, Index, Path);
            return ScimMultiValue.Create(created);
        }

        var items = new List<ScimValue>(list.Count);
        foreach (var item in list)
        {
            if (item is not ScimComplex element)
            {
                items.Add(item);
                continue;
            }

            var edited = _removing ? element.Without(sub.Name) : element.With(sub.Name, action.Value);
            MutabilityGuard.Check(sub, element.Find(sub.Name), edited.Find(sub.Name), Index, Path);
            if (edited.Count > 0)
            {
                items.Add(edited);
            }
        }

        if (!_removing)
        {
            PrimaryValueRule.ApplyToAll(_attribute, items);
        }

        var after2 = ToList(items);
        return ScimValue.AreEqual(before, after2) ? before : after2;
    }

    private ScimValue? EditFiltered(ScimValue? before)
    {
        var list = before as ScimMultiValue ?? ScimMultiValue.Empty;
        var filter = _target.ElementFilter!;

        // Per element: matched by the filter, removed by this action.
        const byte Matched = 1, Removed = 2;
        Span<byte> state = list.Count <= 256 ? stackalloc byte[list.Count] : new byte[list.Count];
        var anyMatched = false;
        for (var i = 0; i < list.Count; i++)
        {
            if (filter.Matches(list[i]))
            {
                state[i] = Matched;
                anyMatched = true;
            }
        }

        if (!anyMatched)
        {
            return _removing ? NothingToRemove(before) : CreateOnAbsent(list);
        }

        var sub = _target.FilteredSubAttribute;
        var items = new ScimValue[list.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = list[i];
            if (state[i] == 0)
            {
                continue;
            }

            var element = items[i];
            if (_removing && sub is null)
            {
                MutabilityGuard.Check(_attribute, element, null, Index, Path);
                state[i] |= Removed;
                continue;
            }

            if (element is not ScimComplex complex)
            {
                // A multi-valued attribute of simple values: the matched value itself is replaced.
                items[i] = action.Value!;
                continue;
            }

            ScimComplex edited;
            if (sub is not null)
            {
                edited = _removing ? complex.Without(sub.Name) : complex.With(sub.Name, action.Value);
                MutabilityGuard.Check(sub, complex.Find(sub.Name), edited.Find(sub.Name), Index, Path);
            }
            else
            {
                var sent = (ScimComplex)action.Value!;
                edited = action.Type == PatchOperationType.Replace ? sent : MergeInto(complex, sent);
                MutabilityGuard.CheckSent(_attribute, sent, complex, edited, Index, Path);
                foreach (var subAttribute in _attribute.SubAttributes)
                {
                    if (subAttribute.Mutability == Mutability.Immutable)
                    {
                        MutabilityGuard.Check(subAttribute, complex.Find(subAttribute.Name), edited.Find(subAttribute.Name), Index, Path + "." + subAttribute.Name);
                    }
                }
            }

            if (edited.Count == 0)
            {
                state[i] |= Removed;
            }
            else
            {
                items[i] = edited;
            }
        }

        var result = new List<ScimValue>(items.Length);
        Span<int> winners = items.Length <= 256 ? stackalloc int[items.Length] : new int[items.Length];
        var winnerCount = 0;
        for (var i = 0; i < items.Length; i++)
        {
            if ((state[i] & Removed) != 0)
            {
                continue;
            }

            if (!_removing && state[i] == Matched)
            {
                winners[winnerCount++] = result.Count;
            }

            result.Add(items[i]);
        }

        PrimaryValueRule.Apply(_attribute, result, winners[..winnerCount]);
        var after = ToList(result);
        return ScimValue.AreEqual(before, after) ? before : after;
    }

    private ScimValue? NothingToRemove(ScimValue? before)
    {
        // Idempotent retries (INTEROP.md): removing a value that is not there succeeds. The RFC says noTarget.
        if (compatibility)
        {
            return before;
        }

        throw ScimException.NoTarget($"Operation {Index}: the filter in '{SafeText.Excerpt(Path)}' matched no value.");
    }

    /// <summary>INTEROP.md item 8: <c>emails[type eq "work"].value</c> with no work email creates <c>{type: work, value: ...}</c>.</summary>
    private ScimMultiValue CreateOnAbsent(ScimMultiValue list)
    {
        if (!compatibility)
        {
            throw ScimException.NoTarget($"Operation {Index}: the filter in '{SafeText.Excerpt(Path)}' matched no value.");
        }

        var seed = FilterEntrySeed.TryBuild(_attribute, _target.Filter!)
            ?? throw ScimException.NoTarget($"Operation {Index}: the filter in '{SafeText.Excerpt(Path)}' matched no value, and only a filter of eq terms joined by and can create one.");
        var sub = _target.FilteredSubAttribute;
        var payload = sub is not null ? ScimComplex.Empty.With(sub.Name, action.Value) : action.Value as ScimComplex ?? ScimComplex.Empty;
        var items = list.ToList();
        int index;
        if (items.Count == 1 && items[0] is ScimComplex only && !seed.Names.Any(only.Contains))
        {
            // One value that says nothing about the filtered sub-attributes (an untyped email): Entra expects it to
            // become the work email rather than a second one.
            var adopted = MergeInto(MergeInto(only, seed), payload);
            MutabilityGuard.CheckSent(_attribute, payload, only, adopted, Index, Path);
            items[0] = adopted;
            index = 0;
        }
        else
        {
            var created = MergeInto(seed, payload);
            MutabilityGuard.CheckNewElement(_attribute, created, Index, Path);
            index = items.Count;
            items.Add(created);
        }

        PrimaryValueRule.Apply(_attribute, items, [index]);
        return ToList(items)!;
    }

    private static ScimComplex MergeInto(ScimComplex target, ScimComplex values)
    {
        foreach (var (name, value) in values)
        {
            target = target.With(name, value);
        }

        return target;
    }

    private StringComparer KeyComparer() =>
        ScimStringNormalization.Comparer(_attribute.FindSubAttribute("value")?.CaseExact ?? true);

    private static bool TextEquals(string left, string right, bool caseExact) =>
        ScimStringNormalization.AreEqual(left, right, caseExact);

    private static bool SubValueEquals(AttributeDefinition? definition, ScimValue current, ScimValue wanted) =>
        current is ScimString a && wanted is ScimString b && definition is not null
            ? TextEquals(a.Value, b.Value, definition.CaseExact)
            : current.Equals(wanted);

    private static ScimMultiValue? ToList(List<ScimValue> items) => items.Count == 0 ? null : ScimMultiValue.Create(items);
}
