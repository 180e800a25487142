namespace Scim.Server.Tenants;

/// <summary>
/// The admin command line: <c>tenants list</c>, <c>tenants add ACCOUNT [--token TOKEN]</c>,
/// <c>tenants rotate-token ACCOUNT</c>, <c>tenants remove ACCOUNT</c>. Tokens are printed once and stored hashed.
/// </summary>
internal static class TenantCommandLine
{
    public const string Usage = """
        usage: scim-server tenants list
               scim-server tenants add ACCOUNT [--token TOKEN]
               scim-server tenants rotate-token ACCOUNT
               scim-server tenants remove ACCOUNT
        """;

    /// <summary>Whether the arguments ask for an admin command rather than the server.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && string.Equals(args[0], "tenants", StringComparison.Ordinal);

    /// <summary>Runs an admin command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, ITenantDirectory tenants, string tenantUrlTemplate, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var verb = args.Length > 1 ? args[1] : "";
        var account = args.Length > 2 ? args[2] : null;
        await tenants.InitializeAsync(cancellationToken).ConfigureAwait(false);
        switch (verb)
        {
            case "list":
                foreach (var tenant in await tenants.ListAsync(cancellationToken).ConfigureAwait(false))
                {
                    await output.WriteLineAsync($"{tenant.AccountId}\tcreated {tenant.CreatedAt:O}\ttoken set {tenant.TokenRotatedAt:O}").ConfigureAwait(false);
                }

                return 0;
            case "add" when account is not null && Valid(account, error):
                var token = args.Length > 4 && string.Equals(args[3], "--token", StringComparison.Ordinal) ? args[4] : TenantToken.Create();
                if (token.Length < 16)
                {
                    await error.WriteLineAsync("A token must be at least 16 characters long.").ConfigureAwait(false);
                    return 2;
                }

                if (!await tenants.AddAsync(account, token, cancellationToken).ConfigureAwait(false))
                {
                    await error.WriteLineAsync($"Tenant '{account}' exists already (use rotate-token).").ConfigureAwait(false);
                    return 1;
                }

                await PrintCredentialsAsync(output, tenantUrlTemplate, account, token).ConfigureAwait(false);
                return 0;
            case "rotate-token" when account is not null && Valid(account, error):
                var rotated = TenantToken.Create();
                if (!await tenants.SetTokenAsync(account, rotated, cancellationToken).ConfigureAwait(false))
                {
                    await error.WriteLineAsync($"No tenant '{account}'.").ConfigureAwait(false);
                    return 1;
                }

                await PrintCredentialsAsync(output, tenantUrlTemplate, account, rotated).ConfigureAwait(false);
                return 0;
            case "remove" when account is not null && Valid(account, error):
                if (!await tenants.RemoveAsync(account, cancellationToken).ConfigureAwait(false))
                {
                    await error.WriteLineAsync($"No tenant '{account}'.").ConfigureAwait(false);
                    return 1;
                }

                await output.WriteLineAsync($"Removed tenant '{account}'.").ConfigureAwait(false);
                return 0;
            default:
                await error.WriteLineAsync(Usage).ConfigureAwait(false);
                return 2;
        }
    }

    /// <summary>Prints a tenant URL and token, the two values an identity provider asks for.</summary>
    public static async Task PrintCredentialsAsync(TextWriter output, string tenantUrlTemplate, string account, string token)
    {
        await output.WriteLineAsync($"Tenant URL:   {tenantUrlTemplate.Replace("{accountId}", account, StringComparison.Ordinal)}").ConfigureAwait(false);
        await output.WriteLineAsync($"Secret Token: {token}").ConfigureAwait(false);
        await output.WriteLineAsync("The token is shown only now; the server keeps only its hash.").ConfigureAwait(false);
    }

    private static bool Valid(string account, TextWriter error)
    {
        if (TenantToken.IsValidAccountId(account))
        {
            return true;
        }

        error.WriteLine("An account id is 1 to 64 characters of letters, digits, '-', '_' or '.'.");
        return false;
    }
}
