using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>
/// Writes and strips the server-maintained <c>meta</c> attribute (RFC 7643 §3.1) the way the built-in stores do:
/// <c>resourceType</c>, <c>created</c>, <c>lastModified</c> and <c>version</c>. <c>location</c> is left to the
/// endpoint layer, which knows the base URL.
/// </summary>
public static class ScimResourceMeta
{
    /// <summary>Returns the resource with its <c>meta</c> replaced by the given values.</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="created">When the resource was created.</param>
    /// <param name="lastModified">When it last changed.</param>
    /// <param name="version">Its version (a weak ETag).</param>
    /// <returns>The resource with <c>meta</c>.</returns>
    public static ScimResource Stamp(ScimResource resource, DateTimeOffset created, DateTimeOffset lastModified, string version)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentException.ThrowIfNullOrEmpty(version);
        var meta = ScimComplex.Create(
            ("resourceType", new ScimString(resource.ResourceType.Name)),
            ("created", new ScimDateTime(created)),
            ("lastModified", new ScimDateTime(lastModified)),
            ("version", new ScimString(version)));
        return resource.With("meta", meta);
    }

    /// <summary>Returns the resource without <c>meta</c> (what a store keeps; it derives <c>meta</c> itself).</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>The resource without <c>meta</c>.</returns>
    public static ScimResource Strip(ScimResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.With("meta", null);
    }
}
