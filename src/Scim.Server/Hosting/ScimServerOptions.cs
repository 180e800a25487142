namespace Scim.Server.Hosting;

/// <summary>The server's own settings, bound from the <c>Scim</c> configuration section.</summary>
internal sealed class ScimServerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Scim";

    /// <summary>The store: <c>sqlite</c> (default), <c>postgres</c> or <c>memory</c>.</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>The route prefix of a tenant's SCIM base URL; <c>{accountId}</c> names the tenant.</summary>
    public string RoutePrefix { get; set; } = "/accounts/{accountId}/scim/v2";

    /// <summary>A tenant to create or update at start-up (scripted set-ups, first starts).</summary>
    public BootstrapTenantOptions Bootstrap { get; set; } = new();

    /// <summary>
    /// How many seconds a successfully validated bearer token is remembered per tenant before the tenant directory is
    /// read again (default 5; 0 reads the directory on every request). A token rotated or removed by the admin command
    /// line or another server instance stays accepted by this process for at most this long.
    /// </summary>
    public int TokenCacheSeconds { get; set; } = 5;

    /// <summary>Where the host listens when nothing else says (<c>--urls</c>, <c>ASPNETCORE_URLS</c>).</summary>
    public string DefaultUrl { get; set; } = "http://localhost:5000";
}
