namespace Scim.Schema;

/// <summary>How <see cref="ScimJsonReader"/> treats what it reads.</summary>
public sealed class ScimJsonReadOptions
{
    /// <summary>
    /// For request bodies (POST, PUT, PATCH values): read-only attributes (<c>id</c>, <c>meta</c>, <c>groups</c>,
    /// <c>manager.displayName</c>...) are ignored, as RFC 7643 §7 and INTEROP.md item 12 require.
    /// </summary>
    public static ScimJsonReadOptions Request { get; } = new();

    /// <summary>For documents the service provider wrote itself (a store's serialized resources): everything is kept.</summary>
    public static ScimJsonReadOptions Stored { get; } = new() { IgnoreReadOnlyAttributes = false };

    /// <summary>Whether read-only attributes are skipped rather than read. Default <see langword="true"/>.</summary>
    public bool IgnoreReadOnlyAttributes { get; init; } = true;

    /// <summary>The maximum JSON nesting depth; deeper documents are refused with <c>invalidSyntax</c>. Default 32.</summary>
    public int MaxDepth { get; init; } = 32;
}
