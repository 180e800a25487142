namespace Scim.Server.Tenants;

/// <summary>The tenants of the server and their hashed bearer tokens.</summary>
internal interface ITenantDirectory
{
    /// <summary>Creates the storage if needed.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Whether the token is the tenant's current token.</summary>
    Task<bool> ValidateAsync(string accountId, string token, CancellationToken cancellationToken);

    /// <summary>Adds a tenant with the given token; false when it exists already.</summary>
    Task<bool> AddAsync(string accountId, string token, CancellationToken cancellationToken);

    /// <summary>Replaces a tenant's token; false when the tenant does not exist.</summary>
    Task<bool> SetTokenAsync(string accountId, string token, CancellationToken cancellationToken);

    /// <summary>Removes a tenant (its SCIM resources stay until removed by the store); false when it did not exist.</summary>
    Task<bool> RemoveAsync(string accountId, CancellationToken cancellationToken);

    /// <summary>Lists the tenants.</summary>
    Task<IReadOnlyList<TenantRecord>> ListAsync(CancellationToken cancellationToken);
}
