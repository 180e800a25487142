namespace Scim.Patch;

/// <summary>The three PATCH operations of RFC 7644 §3.5.2 (JSON Patch's <c>move</c>, <c>copy</c> and <c>test</c> are not part of SCIM).</summary>
public enum PatchOperationType
{
    /// <summary><c>add</c> (§3.5.2.1): add values, or set a single-valued attribute.</summary>
    Add,

    /// <summary><c>replace</c> (§3.5.2.3): replace values; a missing target is added.</summary>
    Replace,

    /// <summary><c>remove</c> (§3.5.2.2): remove values; requires a <c>path</c>.</summary>
    Remove,
}
