namespace Scim.EntityFrameworkCore;

/// <summary>
/// The columns every stored resource has: tenant and id (the primary key), the indexed attributes shared by all
/// types, the version and timestamps behind <c>meta</c>, and the full resource as a JSON document.
/// </summary>
public abstract class ScimResourceEntity
{
    /// <summary>The tenant id; every query is scoped by it.</summary>
    public string Tenant { get; set; } = string.Empty;

    /// <summary>The resource id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The <c>externalId</c> (case-exact), or <see langword="null"/>.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The <c>displayName</c> as sent, or <see langword="null"/>.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The comparison key of <see cref="DisplayName"/> (see <c>ScimUniqueness.ComparisonKey</c>), filtered and sorted on.</summary>
    public string? DisplayNameKey { get; set; }

    /// <summary>When the resource was created (UTC).</summary>
    public DateTime Created { get; set; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTime LastModified { get; set; }

    /// <summary>The version counter behind the weak ETag; bumped by every write that changes something.</summary>
    public long Version { get; set; }

    /// <summary>The resource as SCIM JSON, without <c>meta</c> and without row-kept attributes (group members).</summary>
    public string Document { get; set; } = string.Empty;
}
