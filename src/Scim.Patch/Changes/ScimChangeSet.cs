namespace Scim.Patch;

/// <summary>
/// What a PATCH changed: the attributes whose value in <see cref="PatchResult.Resource"/> differs from the original
/// (top-level names; an extension attribute as its URN), and the deltas of attributes kept as rows.
/// </summary>
public sealed class ScimChangeSet
{
    /// <summary>The empty change set.</summary>
    public static ScimChangeSet Empty { get; } = new([], []);

    /// <summary>Creates a change set.</summary>
    /// <param name="changedAttributes">Top-level attribute names (or extension URNs) whose value changed in the resource.</param>
    /// <param name="deltas">Deltas of attributes applied as rows.</param>
    public ScimChangeSet(IReadOnlyList<string> changedAttributes, IReadOnlyList<MultiValuedAttributeDelta> deltas)
    {
        ArgumentNullException.ThrowIfNull(changedAttributes);
        ArgumentNullException.ThrowIfNull(deltas);
        ChangedAttributes = changedAttributes;
        Deltas = deltas;
    }

    /// <summary>Top-level attribute names (or extension URNs) whose value changed in <see cref="PatchResult.Resource"/>.</summary>
    public IReadOnlyList<string> ChangedAttributes { get; }

    /// <summary>Deltas of multi-valued attributes applied as rows.</summary>
    public IReadOnlyList<MultiValuedAttributeDelta> Deltas { get; }

    /// <summary>Whether nothing changed (an idempotent repeat): the store must not bump the version.</summary>
    public bool IsEmpty => ChangedAttributes.Count == 0 && Deltas.All(d => d.IsEmpty);

    /// <summary>The delta of an attribute, or <see langword="null"/>.</summary>
    /// <param name="attributeName">The attribute name.</param>
    /// <returns>The delta.</returns>
    public MultiValuedAttributeDelta? FindDelta(string attributeName) =>
        Deltas.FirstOrDefault(d => string.Equals(d.AttributeName, attributeName, StringComparison.OrdinalIgnoreCase));
}
