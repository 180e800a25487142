namespace Scim.Server.Hosting;

/// <summary><c>Scim:Bootstrap</c>: a tenant whose token is set at every start (environment <c>Scim__Bootstrap__Account</c>, <c>Scim__Bootstrap__Token</c>).</summary>
internal sealed class BootstrapTenantOptions
{
    /// <summary>The account id.</summary>
    public string? Account { get; set; }

    /// <summary>The bearer token (at least 16 characters).</summary>
    public string? Token { get; set; }
}
