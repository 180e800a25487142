using Scim.Filter;
using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// One operation of a <see cref="PatchRequest"/>: the verb, the parsed <c>path</c> (or <see langword="null"/> when the
/// operation targets the resource itself) and the value, typed by the attribute the path names.
/// </summary>
public sealed class PatchOperation
{
    internal PatchOperation(int index, PatchOperationType type, ScimPath? path, ScimValue? value, IReadOnlyList<PatchAction> actions)
    {
        Index = index;
        Type = type;
        Path = path;
        Value = value;
        Actions = actions;
    }

    /// <summary>The position of the operation in the request's <c>Operations</c> array (0-based).</summary>
    public int Index { get; }

    /// <summary>The verb.</summary>
    public PatchOperationType Type { get; }

    /// <summary>The parsed <c>path</c>, or <see langword="null"/> when the request sent none (the target is the resource).</summary>
    public ScimPath? Path { get; }

    /// <summary>
    /// The value, typed by the target attribute, or <see langword="null"/> when none was sent (or it was JSON
    /// <c>null</c>, <c>[]</c> or <c>{}</c>). For an operation without <c>path</c> it is a complex value whose keys are the
    /// keys the client sent (attribute paths such as <c>name.givenName</c>, or an extension URN), each typed by its
    /// target; keys naming attributes the resource type does not define are left out.
    /// </summary>
    public ScimValue? Value { get; }

    /// <summary>
    /// Whether the operation names only attributes the resource type does not define and is therefore ignored
    /// (<see cref="PatchEvaluationOptions.IgnoreUnknownAttributes"/>).
    /// </summary>
    public bool IsIgnored => Actions.Count == 0;

    /// <summary>The resolved, typed steps the evaluator applies, in order (a pathless operation has one per key).</summary>
    internal IReadOnlyList<PatchAction> Actions { get; }

    /// <inheritdoc />
    public override string ToString()
    {
        var verb = Type switch
        {
            PatchOperationType.Add => "add",
            PatchOperationType.Replace => "replace",
            _ => "remove",
        };
        return Path is null ? verb : verb + " " + Path;
    }
}
