namespace Scim.Schema;

/// <summary>How <see cref="ScimJsonWriter"/> writes resources.</summary>
public sealed class ScimJsonWriteOptions
{
    /// <summary>For responses: attributes with <c>returned: never</c> (such as <c>password</c>) are never written.</summary>
    public static ScimJsonWriteOptions Response { get; } = new();

    /// <summary>For a store's own serialized documents: every attribute is written.</summary>
    public static ScimJsonWriteOptions Storage { get; } = new() { IncludeNeverReturned = true };

    /// <summary>Whether attributes with <c>returned: never</c> are written. Default <see langword="false"/>.</summary>
    public bool IncludeNeverReturned { get; init; }
}
