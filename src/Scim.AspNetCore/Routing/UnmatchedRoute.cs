using Microsoft.AspNetCore.Http;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>Answers requests under the SCIM prefix that no endpoint took: 405 with <c>Allow</c> for a known path, 404 otherwise.</summary>
internal static class UnmatchedRoute
{
    public static ScimResult Answer(ScimRequest request)
    {
        var path = Convert.ToString(request.Http.Request.RouteValues["path"], System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var allowed = AllowedMethods(request.Runtime, segments);
        if (allowed is null)
        {
            return ScimResult.ForError(ScimException.NotFound("No SCIM endpoint at this path."));
        }

        return ScimResult.ForError(
            new ScimException(405, null, $"The method {SafeMethod(request.Http.Request.Method)} is not allowed here."),
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Allow"] = allowed });
    }

    private static string? AllowedMethods(ScimEndpointRuntime runtime, string[] segments)
    {
        if (segments.Length == 0)
        {
            return null;
        }

        var first = segments[0];
        var type = runtime.ServedTypes.FirstOrDefault(t => first.Equals(t.Endpoint.AsSpan(1), StringComparison.OrdinalIgnoreCase));
        if (type is not null)
        {
            return segments.Length switch
            {
                1 => "GET, HEAD, POST",
                2 when segments[1] == ".search" => "POST",
                2 => "GET, HEAD, PUT, PATCH, DELETE",
                _ => null,
            };
        }

        return (first.ToUpperInvariant(), segments.Length) switch
        {
            (".SEARCH", 1) or ("BULK", 1) => "POST",
            ("ME", 1) => "GET, HEAD, POST, PUT, PATCH, DELETE",
            ("SERVICEPROVIDERCONFIG", 1) or ("RESOURCETYPES", 1 or 2) or ("SCHEMAS", 1 or 2) => "GET, HEAD",
            _ => null,
        };
    }

    private static string SafeMethod(string method) =>
        method.Length <= 16 && method.All(char.IsAsciiLetter) ? method : "used";
}
