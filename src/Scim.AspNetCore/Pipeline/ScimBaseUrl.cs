using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Scim.AspNetCore;

/// <summary>Builds the absolute SCIM base URL of a request (<c>https://host/accounts/acme/scim/v2</c>) from the MapScim prefix and the route values.</summary>
internal sealed class ScimBaseUrl
{
    private readonly RoutePattern _pattern;

    public ScimBaseUrl(string prefix) => _pattern = RoutePatternFactory.Parse(prefix);

    public string For(HttpContext http)
    {
        var request = http.Request;
        var builder = new StringBuilder(128);
        builder.Append(request.Scheme).Append("://").Append(request.Host.ToUriComponent()).Append(request.PathBase.ToUriComponent());
        foreach (var segment in _pattern.PathSegments)
        {
            builder.Append('/');
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        builder.Append(literal.Content);
                        break;
                    case RoutePatternSeparatorPart separator:
                        builder.Append(separator.Content);
                        break;
                    case RoutePatternParameterPart parameter:
                        var value = request.RouteValues.TryGetValue(parameter.Name, out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;
                        builder.Append(Uri.EscapeDataString(value ?? string.Empty));
                        break;
                }
            }
        }

        return builder.ToString();
    }
}
