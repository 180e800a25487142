namespace Scim.Abstractions;

/// <summary>The default <see cref="IScimTokenValidator"/>: accepts the tokens configured in <see cref="ScimAuthenticationOptions"/>.</summary>
public sealed class ConfiguredTokenValidator : IScimTokenValidator
{
    private readonly ScimAuthenticationOptions _options;

    /// <summary>Creates the validator.</summary>
    /// <param name="options">The SCIM options.</param>
    public ConfiguredTokenValidator(ScimOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Authentication;
    }

    /// <summary>Whether any token is configured: without one, no request could ever be authenticated.</summary>
    public bool HasTokens => _options.HasBearerTokens;

    /// <inheritdoc />
    public ValueTask<bool> ValidateAsync(ScimTenant tenant, string token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return ValueTask.FromResult(_options.IsConfiguredBearerToken(tenant.Id, token));
    }
}
