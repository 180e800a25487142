namespace Scim.Abstractions;

/// <summary>
/// Decides whether a bearer token presented on a SCIM request is valid for the tenant the request addresses. The
/// default validator checks the tokens configured in <see cref="ScimAuthenticationOptions"/>; a host replaces it (for
/// example to look up per-account API keys in its database) with <see cref="ScimBuilder.AddTokenValidator{TValidator}"/>.
/// </summary>
/// <remarks>Implementations must compare in constant time and must never log the token.</remarks>
public interface IScimTokenValidator
{
    /// <summary>Whether <paramref name="token"/> grants access to <paramref name="tenant"/>.</summary>
    /// <param name="tenant">The tenant the request addresses.</param>
    /// <param name="token">The presented token (never empty).</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns><see langword="true"/> when the token is valid for the tenant.</returns>
    ValueTask<bool> ValidateAsync(ScimTenant tenant, string token, CancellationToken cancellationToken = default);
}
