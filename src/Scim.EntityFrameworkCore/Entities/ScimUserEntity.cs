namespace Scim.EntityFrameworkCore;

/// <summary>A stored User: indexed columns for what filters and sorting use, the rest in <see cref="ScimResourceEntity.Document"/>.</summary>
public sealed class ScimUserEntity : ScimResourceEntity
{
    /// <summary>The <c>userName</c> as sent.</summary>
    public string UserName { get; set; } = string.Empty;

    /// <summary>The normalised <c>userName</c> (<c>ScimUniqueness.Normalize</c>); unique per tenant.</summary>
    public string UserNameKey { get; set; } = string.Empty;

    /// <summary>The <c>active</c> flag, or <see langword="null"/> when absent.</summary>
    public bool? Active { get; set; }

    /// <summary>The e-mail addresses, one row each, for filters such as <c>emails[type eq "work"].value</c>.</summary>
    public ICollection<ScimUserEmailEntity> Emails { get; set; } = [];
}
