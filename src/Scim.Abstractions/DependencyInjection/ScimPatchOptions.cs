namespace Scim.Abstractions;

/// <summary>How PATCH requests are evaluated and answered.</summary>
public sealed class ScimPatchOptions
{
    /// <summary>
    /// Whether the client quirks of INTEROP.md items 1 to 10 are accepted (default <see langword="true"/>): capitalised
    /// <c>op</c>, <c>"False"</c> strings, Entra's member removal with a value array, pathless objects with path keys.
    /// Off, PATCH follows RFC 7644 §3.5.2 to the letter.
    /// </summary>
    public bool ClientCompatibility { get; set; } = true;

    /// <summary>
    /// Whether operations on attributes the resource type does not define are ignored instead of failing the whole
    /// request (default <see langword="true"/>, INTEROP.md item 7).
    /// </summary>
    public bool IgnoreUnknownAttributes { get; set; } = true;

    /// <summary>Whether a successful Group PATCH answers 200 with the group (default <see langword="false"/>: 204 without a body, as Entra ID prefers).</summary>
    public bool GroupPatchReturnsResource { get; set; }

    /// <summary>Whether a successful PATCH of any other resource type answers 200 with the resource (default <see langword="true"/>); otherwise 204.</summary>
    public bool UserPatchReturnsResource { get; set; } = true;

    /// <summary>
    /// How often a PATCH without a client <c>If-Match</c> is re-evaluated against a freshly loaded resource when a
    /// parallel write changed it in between (default 5), so that parallel PATCHes never lose updates nor surface
    /// spurious 412s.
    /// </summary>
    public int MaxConcurrencyRetries { get; set; } = 5;

    internal IEnumerable<string> Validate()
    {
        if (MaxConcurrencyRetries is < 0 or > 100)
        {
            yield return $"Patch.{nameof(MaxConcurrencyRetries)} must be between 0 and 100.";
        }
    }
}
