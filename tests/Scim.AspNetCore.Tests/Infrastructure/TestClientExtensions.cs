using Microsoft.AspNetCore.Builder;

namespace Scim.AspNetCore.Tests;

/// <summary>Test clients for other prefixes.</summary>
internal static class TestClientExtensions
{
    public static HttpClient GetTestClientFor(this WebApplication app, string basePath, string token)
    {
        var client = Microsoft.AspNetCore.TestHost.HostBuilderTestServerExtensions.GetTestClient(app);
        client.BaseAddress = new Uri("http://localhost" + basePath);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
