using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// One evaluation of a request against a resource. Works on immutable values: each action builds a new top-level
/// container along the edited path and shares everything else, so the original resource is never touched and a
/// failure anywhere simply discards the work.
/// </summary>
internal sealed class PatchSession
{
    private readonly ScimResource _original;
    private readonly PatchRequest _request;
    private readonly PatchEvaluationOptions _options;
    private readonly bool _compatibility;
    /// <summary>Up to this many touched attributes are told apart by a linear scan; beyond it, by a hash set.</summary>
    private const int LinearTouchedLimit = 16;

    private readonly List<PatchTarget> _touched;
    private HashSet<string>? _touchedKeys;
    private Dictionary<string, DeltaAccumulator>? _deltas;
    private List<string>? _deltaOrder;
    /// <summary>The top level being edited: one copy for the whole request instead of one per edited attribute.</summary>
    private readonly ScimComplexBuilder _top;
    private ScimComplex _attributes;

    public PatchSession(ScimResource original, PatchRequest request, PatchEvaluationOptions options)
    {
        _original = original;
        _request = request;
        _options = options;
        _compatibility = request.Options.ClientCompatibility;
        _attributes = original.Attributes;
        _top = new ScimComplexBuilder(original.Attributes);

        // Usually one target per operation: sized so that the list does not grow.
        _touched = new List<PatchTarget>(Math.Min(request.Operations.Count, LinearTouchedLimit + 1));
    }

    public PatchResult Run()
    {
        // Indexed loops: the lists are interfaces, and foreach would allocate an enumerator for each.
        var operations = _request.Operations;
        for (var o = 0; o < operations.Count; o++)
        {
            var actions = operations[o].Actions;
            for (var a = 0; a < actions.Count; a++)
            {
                var action = actions[a];
                if (IsDeferred(action.Target))
                {
                    ApplyDelta(action);
                }
                else
                {
                    ApplyToDocument(action);
                }

                Touch(action.Target);
            }
        }

        _attributes = _top.ToComplex();
        List<string>? changed = null;
        List<MultiValuedAttributeDelta>? deltas = null;
        if (_deltaOrder is not null)
        {
            deltas = new List<MultiValuedAttributeDelta>(_deltaOrder.Count);
            foreach (var key in _deltaOrder)
            {
                deltas.Add(_deltas![key].ToDelta());
            }
        }

        foreach (var target in _touched)
        {
            if (IsDeferred(target))
            {
                continue;
            }

            var before = ReadTop(_original.Attributes, target);
            var after = ReadTop(_attributes, target);
            if (ScimValue.AreEqual(before, after))
            {
                continue;
            }

            PatchResultValidator.Validate(target, before, after);
            if (IsKeyed(target))
            {
                // Loaded because the request needed it: still reported as a delta so that stores have one path.
                (deltas ??= []).Add(KeyedValueDiff.Diff(target, before as ScimMultiValue, after as ScimMultiValue));
                continue;
            }

            // A core attribute differs (checked above); an extension is reported when the extension object as a whole differs.
            var name = target.ChangeName;
            if (!Contains(changed, name)
                && (target.IsCore || !ScimValue.AreEqual(_original.Attributes.Find(name), _attributes.Find(name))))
            {
                (changed ??= new List<string>(_touched.Count)).Add(name);
            }
        }

        var resource = _original.WithAttributes(_attributes);
        if (changed is null && deltas is null)
        {
            return new PatchResult(resource, ScimChangeSet.Empty);
        }

        return new PatchResult(resource, new ScimChangeSet(
            changed is null ? [] : changed.AsReadOnly(),
            deltas is null ? [] : deltas.AsReadOnly()));
    }

    private static bool Contains(List<string>? names, string name)
    {
        if (names is null)
        {
            return false;
        }

        foreach (var existing in names)
        {
            if (string.Equals(existing, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsDeferred(PatchTarget target) =>
        target.Attribute is { MultiValued: true, Type: AttributeType.Complex } && _options.DeferredAttributes.Contains(target.Key);

    /// <summary>A multi-valued attribute kept as rows (deferred by the request or by this evaluation): values are identified by their <c>value</c> key.</summary>
    private bool IsKeyed(PatchTarget target) =>
        target.Attribute is { MultiValued: true, Type: AttributeType.Complex }
        && (_request.Options.DeferredAttributes.Contains(target.Key)
            || (!ReferenceEquals(_options.DeferredAttributes, _request.Options.DeferredAttributes) && _options.DeferredAttributes.Contains(target.Key)));

    private void Touch(PatchTarget target)
    {
        if (_touchedKeys is not null)
        {
            if (_touchedKeys.Add(target.Key))
            {
                _touched.Add(target);
            }

            return;
        }

        foreach (var touched in _touched)
        {
            if (ReferenceEquals(touched.Key, target.Key) || string.Equals(touched.Key, target.Key, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        _touched.Add(target);
        if (_touched.Count > LinearTouchedLimit)
        {
            _touchedKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var touched in _touched)
            {
                _touchedKeys.Add(touched.Key);
            }
        }
    }

    private static ScimValue? ReadTop(ScimComplex attributes, PatchTarget target) =>
        target.IsCore ? attributes.Find(target.Attribute.Name) : (attributes.Find(target.Schema.Id) as ScimComplex)?.Find(target.Attribute.Name);

    private static ScimValue? ReadTop(ScimComplexBuilder attributes, PatchTarget target) =>
        target.IsCore ? attributes.Find(target.Attribute.Name) : (attributes.Find(target.Schema.Id) as ScimComplex)?.Find(target.Attribute.Name);

    private void WriteTop(PatchTarget target, ScimValue? value)
    {
        if (target.IsCore)
        {
            _top.Set(target.Attribute.Name, value);
            return;
        }

        var extension = (_top.Find(target.Schema.Id) as ScimComplex ?? ScimComplex.Empty).With(target.Attribute.Name, value);
        _top.Set(target.Schema.Id, extension.Count == 0 ? null : extension);
    }

    private void ApplyDelta(PatchAction action)
    {
        var target = action.Target;
        if (!action.IsDeltaExpressible)
        {
            throw new InvalidOperationException($"'{target.Key}' must be loaded for this request (PatchRequest.RequiresLoading) and evaluated with it not deferred.");
        }

        if (target.Attribute.Mutability == Mutability.ReadOnly)
        {
            throw ScimException.Mutability($"Operation {action.OperationIndex}: '{target.Attribute.Name}' is readOnly and cannot be changed.");
        }

        _deltas ??= new Dictionary<string, DeltaAccumulator>(StringComparer.OrdinalIgnoreCase);
        if (!_deltas.TryGetValue(target.Key, out var delta))
        {
            var caseExact = target.Attribute.FindSubAttribute("value")?.CaseExact ?? true;
            delta = new DeltaAccumulator(target.Key, ScimStringNormalization.Comparer(caseExact));
            _deltas.Add(target.Key, delta);
            (_deltaOrder ??= []).Add(target.Key);
        }

        if (target.Filter is not null)
        {
            var keys = new List<string>();
            DeltaShape.TryCollectKeys(target.Filter, keys);
            keys.ForEach(delta.Remove);
            return;
        }

        switch (action.Type, action.ValueKind)
        {
            case (_, PatchActionValue.Nothing):
                return;
            case (PatchOperationType.Remove, PatchActionValue.RemoveListed):
                foreach (var item in (ScimMultiValue)action.Value!)
                {
                    delta.Remove(DeltaShape.KeyOf(item)!);
                }

                return;
            case (PatchOperationType.Remove, _):
            case (_, PatchActionValue.Clear):
                delta.ClearAll();
                return;
            case (PatchOperationType.Replace, _):
                delta.ClearAll();
                AddToDelta(action, delta);
                return;
            default:
                AddToDelta(action, delta);
                return;
        }
    }

    private static void AddToDelta(PatchAction action, DeltaAccumulator delta)
    {
        foreach (var item in (ScimMultiValue)action.Value!)
        {
            var key = DeltaShape.KeyOf(item)
                ?? throw ScimException.InvalidValue($"Operation {action.OperationIndex}: every value of '{action.Target.Attribute.Name}' needs a non-empty \"value\".");
            MutabilityGuard.CheckNewElement(action.Target.Attribute, item, action.OperationIndex, action.Target.PathText);
            delta.Add(key, (ScimComplex)item);
        }
    }

    private void ApplyToDocument(PatchAction action)
    {
        if (action.ValueKind == PatchActionValue.Nothing)
        {
            return;
        }

        var target = action.Target;
        var before = ReadTop(_top, target);
        var editor = new AttributeEditor(action, _compatibility, IsKeyed(target));
        var after = editor.Apply(before);
        if (!ReferenceEquals(before, after))
        {
            WriteTop(target, after);
        }
    }
}
