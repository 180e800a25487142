namespace Scim.Abstractions;

/// <summary>
/// A projection hint for stores: attributes the caller does not need, so that a store can skip loading them (a
/// group's <c>members</c> under <c>excludedAttributes=members</c>, or for a PATCH that only adds members).
/// </summary>
public sealed class ScimLoadOptions
{
    private ScimLoadOptions(IReadOnlySet<string> omitted) => OmittedAttributes = omitted;

    /// <summary>Load everything.</summary>
    public static ScimLoadOptions Full { get; } = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Top-level attributes the store may leave out of the returned resources.</summary>
    public IReadOnlySet<string> OmittedAttributes { get; }

    /// <summary>Load everything except the named top-level attributes.</summary>
    /// <param name="attributes">The attribute names to leave out.</param>
    /// <returns>The options.</returns>
    public static ScimLoadOptions Omit(params string[] attributes) =>
        attributes.Length == 0 ? Full : new(new HashSet<string>(attributes, StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether the attribute is needed.</summary>
    /// <param name="attributeName">The top-level attribute name.</param>
    /// <returns><see langword="true"/> unless the attribute is omitted.</returns>
    public bool Includes(string attributeName) => !OmittedAttributes.Contains(attributeName);
}
