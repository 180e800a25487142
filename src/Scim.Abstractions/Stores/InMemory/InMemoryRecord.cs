using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>
/// One immutable state of a stored resource: its attributes without <c>meta</c> and without the row-kept member
/// attribute, and the data <c>meta</c> derives from. Writers swap a whole record; readers never see half a write.
/// </summary>
/// <param name="Resource">The attributes (no <c>meta</c>, no members).</param>
/// <param name="Version">The version counter.</param>
/// <param name="Created">When the resource was created.</param>
/// <param name="LastModified">When it last changed.</param>
internal sealed record InMemoryRecord(ScimResource Resource, long Version, DateTimeOffset Created, DateTimeOffset LastModified);
