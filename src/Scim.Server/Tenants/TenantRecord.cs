namespace Scim.Server.Tenants;

/// <summary>A tenant (customer account) as listed by the admin command line; the token itself is never kept.</summary>
/// <param name="AccountId">The account id, the <c>{accountId}</c> of the tenant URL.</param>
/// <param name="CreatedAt">When the tenant was added.</param>
/// <param name="TokenRotatedAt">When its token was last set.</param>
internal sealed record TenantRecord(string AccountId, DateTimeOffset CreatedAt, DateTimeOffset TokenRotatedAt);
