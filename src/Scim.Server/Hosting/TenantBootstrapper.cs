using Microsoft.Extensions.Options;
using Scim.Server.Tenants;

namespace Scim.Server.Hosting;

/// <summary>
/// At start-up: creates the storage, applies the configured bootstrap tenant, or, when nothing is configured and no
/// tenant exists, creates tenant <c>default</c> with a random token and prints its URL and token once on standard
/// output (never through the logger, so the token never reaches a log sink).
/// </summary>
internal sealed class TenantBootstrapper(ITenantDirectory tenants, IOptions<ScimServerOptions> options, ILogger<TenantBootstrapper> logger)
{
    public async Task<(string Account, string Token)?> RunAsync(CancellationToken cancellationToken)
    {
        await tenants.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var bootstrap = options.Value.Bootstrap;
        if (!string.IsNullOrWhiteSpace(bootstrap.Account) || !string.IsNullOrWhiteSpace(bootstrap.Token))
        {
            if (string.IsNullOrWhiteSpace(bootstrap.Account) || !TenantToken.IsValidAccountId(bootstrap.Account))
            {
                throw new InvalidOperationException("Scim:Bootstrap:Account must be 1 to 64 letters, digits, '-', '_' or '.'.");
            }

            if (string.IsNullOrEmpty(bootstrap.Token) || bootstrap.Token.Length < 16)
            {
                throw new InvalidOperationException("Scim:Bootstrap:Token must be at least 16 characters long.");
            }

            if (!await tenants.AddAsync(bootstrap.Account, bootstrap.Token, cancellationToken).ConfigureAwait(false))
            {
                await tenants.SetTokenAsync(bootstrap.Account, bootstrap.Token, cancellationToken).ConfigureAwait(false);
            }

            logger.LogInformation("Bootstrap tenant {Account} is configured.", bootstrap.Account);
            return null;
        }

        if ((await tenants.ListAsync(cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return null;
        }

        var token = TenantToken.Create();
        const string account = "default";
        await tenants.AddAsync(account, token, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("No tenant was configured: created tenant {Account} with a random token (printed once on standard output).", account);
        return (account, token);
    }
}
