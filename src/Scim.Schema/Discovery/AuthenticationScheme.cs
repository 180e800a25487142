namespace Scim.Schema;

/// <summary>An entry of <c>authenticationSchemes</c> in the service provider configuration (RFC 7643 §5).</summary>
public sealed record AuthenticationScheme
{
    /// <summary>Creates an authentication scheme.</summary>
    /// <param name="type">The type: <c>oauth</c>, <c>oauth2</c>, <c>oauthbearertoken</c>, <c>httpbasic</c> or <c>httpdigest</c>.</param>
    /// <param name="name">The common name, for example <c>OAuth Bearer Token</c>.</param>
    /// <param name="description">A description.</param>
    public AuthenticationScheme(string type, string name, string description)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(description);
        Type = type;
        Name = name;
        Description = description;
    }

    /// <summary>The bearer token scheme of RFC 6750, which Entra ID and Okta use with a long-lived secret token.</summary>
    /// <param name="primary">Whether it is the preferred scheme.</param>
    /// <returns>The scheme.</returns>
    public static AuthenticationScheme OAuthBearerToken(bool primary = true) =>
        new("oauthbearertoken", "OAuth Bearer Token", "Authentication with a bearer token in the Authorization header.")
        {
            SpecUri = "https://www.rfc-editor.org/info/rfc6750",
            Primary = primary,
        };

    /// <summary>The type keyword.</summary>
    public string Type { get; }

    /// <summary>The common name.</summary>
    public string Name { get; }

    /// <summary>The description.</summary>
    public string Description { get; }

    /// <summary>The URL of the scheme's specification, or <see langword="null"/>.</summary>
    public string? SpecUri { get; init; }

    /// <summary>The URL of the service provider's documentation for it, or <see langword="null"/>.</summary>
    public string? DocumentationUri { get; init; }

    /// <summary>Whether it is the preferred scheme.</summary>
    public bool Primary { get; init; }
}
