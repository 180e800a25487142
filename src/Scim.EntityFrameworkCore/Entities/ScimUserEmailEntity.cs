namespace Scim.EntityFrameworkCore;

/// <summary>One value of a user's <c>emails</c>, kept as a row so that filters on e-mails run in SQL.</summary>
public sealed class ScimUserEmailEntity
{
    /// <summary>The tenant id.</summary>
    public string Tenant { get; set; } = string.Empty;

    /// <summary>The user's id.</summary>
    public string UserId { get; set; } = string.Empty;

    /// <summary>The position in the user's list.</summary>
    public int Position { get; set; }

    /// <summary>The comparison key of the address (e-mails are case-insensitive).</summary>
    public string? ValueKey { get; set; }

    /// <summary>The comparison key of the <c>type</c>.</summary>
    public string? TypeKey { get; set; }

    /// <summary>The comparison key of the <c>display</c>.</summary>
    public string? DisplayKey { get; set; }

    /// <summary>The <c>primary</c> flag.</summary>
    public bool? Primary { get; set; }
}
