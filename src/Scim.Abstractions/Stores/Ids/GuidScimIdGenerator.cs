using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>
/// The default id generator: a new GUID per resource, in its 36-character lowercase form. Version 7 GUIDs are used
/// (time-ordered), so that ids inserted into a database index land near each other instead of at random pages.
/// </summary>
public sealed class GuidScimIdGenerator : IScimIdGenerator
{
    /// <summary>The shared instance (the generator has no state).</summary>
    public static GuidScimIdGenerator Instance { get; } = new();

    /// <inheritdoc />
    public string GenerateId(ScimTenant tenant, ScimResource resource) => Guid.CreateVersion7().ToString("D");
}
