namespace Scim.EntityFrameworkCore;

/// <summary>One member of a group; the primary key (tenant, group, member) makes a repeated add a no-op.</summary>
public sealed class ScimGroupMemberEntity
{
    /// <summary>The tenant id.</summary>
    public string Tenant { get; set; } = string.Empty;

    /// <summary>The group's id.</summary>
    public string GroupId { get; set; } = string.Empty;

    /// <summary>The member's id (a user or a group).</summary>
    public string MemberId { get; set; } = string.Empty;

    /// <summary>The member <c>type</c> as sent (<c>User</c> or <c>Group</c>), or <see langword="null"/>.</summary>
    public string? Type { get; set; }

    /// <summary>The member <c>display</c> as sent, or <see langword="null"/>.</summary>
    public string? Display { get; set; }
}
