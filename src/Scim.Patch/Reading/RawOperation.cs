namespace Scim.Patch;

/// <summary>
/// One element of <c>Operations</c> after the structural pass: the verb, the path text (and its cache entry, when the
/// text was in the path cache) and where the value's JSON sits in the body.
/// </summary>
internal readonly record struct RawOperation(int Index, PatchOperationType Type, string? PathText, bool HasValue, int ValueStart, int ValueLength, CachedPath? CachedPath = null)
{
    /// <summary>The operation, when it was built during the structural pass.</summary>
    public PatchOperation? Built { get; init; }

    /// <summary>What building it during the structural pass raised, to be raised in its turn.</summary>
    public System.Runtime.ExceptionServices.ExceptionDispatchInfo? BuildError { get; init; }
}
