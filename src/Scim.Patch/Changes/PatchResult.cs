using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// The outcome of evaluating a PATCH: the new resource and the change set. When the evaluation ran with deferred
/// attributes (see <see cref="PatchEvaluationOptions.DeferredAttributes"/>), those attributes are absent from
/// <see cref="Resource"/> and their changes are only in <see cref="ScimChangeSet.Deltas"/>.
/// </summary>
public sealed class PatchResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="resource">The patched resource.</param>
    /// <param name="changes">What changed.</param>
    public PatchResult(ScimResource resource, ScimChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(changes);
        Resource = resource;
        Changes = changes;
    }

    /// <summary>The patched resource.</summary>
    public ScimResource Resource { get; }

    /// <summary>What changed.</summary>
    public ScimChangeSet Changes { get; }
}
