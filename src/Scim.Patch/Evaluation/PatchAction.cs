using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// One resolved, typed step of a PATCH: an operation with a path is one action; an operation without a path has one
/// action per key of its value.
/// </summary>
internal sealed class PatchAction(int operationIndex, PatchOperationType type, PatchTarget target, ScimValue? value, PatchActionValue valueKind)
{
    /// <summary>The index of the operation in the request, for error details.</summary>
    public int OperationIndex { get; } = operationIndex;

    /// <summary>The verb.</summary>
    public PatchOperationType Type { get; } = type;

    /// <summary>Where the action applies.</summary>
    public PatchTarget Target { get; } = target;

    /// <summary>The typed value (<see langword="null"/> for a remove, or when the client sent no value).</summary>
    public ScimValue? Value { get; } = value;

    /// <summary>How to read <see cref="Value"/>.</summary>
    public PatchActionValue ValueKind { get; } = valueKind;

    /// <summary>Whether the action targets a multi-valued attribute kept as rows (deferred by default) and can be applied as a delta without the current values.</summary>
    public bool IsDeltaExpressible { get; init; }
}
