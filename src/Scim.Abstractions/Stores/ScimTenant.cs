namespace Scim.Abstractions;

/// <summary>
/// The tenant (customer account) a request acts for. Every store call carries one; a store scopes every read and
/// write by <see cref="Id"/>, so that a resource of another tenant is simply not found.
/// </summary>
public sealed record ScimTenant
{
    /// <summary>The tenant of single-tenant hosts.</summary>
    public static ScimTenant Default { get; } = new("default");

    /// <summary>Creates a tenant context.</summary>
    /// <param name="id">The tenant id (for example the account id from the route).</param>
    public ScimTenant(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Id = id;
    }

    /// <summary>The tenant id.</summary>
    public string Id { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
