using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>
/// Chooses the <c>id</c> of a new resource. The default makes a random GUID; a host may derive ids from content (for
/// example a group id from its display name), in which case the id stays what it was at creation when the content
/// later changes, and a second resource deriving the same id is refused with 409 <c>uniqueness</c> by the store.
/// </summary>
public interface IScimIdGenerator
{
    /// <summary>Returns the id for a resource about to be created.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <param name="resource">The validated new resource (without id).</param>
    /// <returns>A non-empty id.</returns>
    /// <exception cref="ScimException">400 when the content cannot yield an id (for example no display name).</exception>
    string GenerateId(ScimTenant tenant, ScimResource resource);
}
