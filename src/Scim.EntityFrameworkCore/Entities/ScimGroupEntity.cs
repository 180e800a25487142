namespace Scim.EntityFrameworkCore;

/// <summary>A stored Group: <see cref="ScimResourceEntity.DisplayNameKey"/> unique per tenant; members are rows in <see cref="ScimGroupMemberEntity"/>.</summary>
public sealed class ScimGroupEntity : ScimResourceEntity
{
    /// <summary>The member rows (for filters; never loaded to change one member).</summary>
    public ICollection<ScimGroupMemberEntity> Members { get; set; } = [];
}
