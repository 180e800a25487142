namespace Scim.Abstractions;

/// <summary>How SCIM requests are authenticated.</summary>
public enum ScimAuthenticationMode
{
    /// <summary>
    /// Bearer tokens per tenant, checked by the registered <see cref="IScimTokenValidator"/> (by default the tokens
    /// configured with <see cref="ScimAuthenticationOptions.AddBearerToken(string, string)"/>).
    /// </summary>
    BearerToken = 0,

    /// <summary>
    /// An ASP.NET Core authentication scheme of the host (<see cref="ScimAuthenticationOptions.AuthenticationScheme"/>,
    /// or the default scheme), optionally with an authorization policy.
    /// </summary>
    Host = 1,
}
