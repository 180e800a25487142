namespace Scim.Patch;

/// <summary>
/// One element of <c>Operations</c> after the structural pass: the verb, the path text (and its cache entry, when the
/// text was in the path cache) and where the value's JSON sits in the body.
/// </summary>
internal readonly record struct RawOperation(int Index, PatchOperationType Type, string? PathText, bool HasValue, int ValueStart, int ValueLength, CachedPath? CachedPath = null);
