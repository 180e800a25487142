using Scim.Security.Tests.Hosting;

namespace Scim.Security.Tests.Fuzzing;

/// <summary>
/// Every PATCH regression input, sent through the real pipeline to a User and a Group: whatever the answer, it is not
/// a server error, and it is a SCIM document. (The harness replay pins the exact invariant; this shows the effect a
/// client would see.)
/// </summary>
public sealed class RegressionThroughPipelineTests
{
    public static TheoryData<string> PatchRegressions
    {
        get
        {
            var data = new TheoryData<string>();
            var folder = Path.Combine(AppContext.BaseDirectory, "fuzz", "regressions", "patch");
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                data.Add(Path.GetFileName(file));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(PatchRegressions))]
    public async Task Patch_regression_input_is_never_a_server_error(string file)
    {
        var body = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "fuzz", "regressions", "patch", file));
        await using var host = await SecurityTestHost.StartAsync();
        using var client = host.Client();
        using var user = await SecurityTestHost.SendAsync(client, HttpMethod.Post, "Users",
            """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],"userName":"regression@example.com","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"R&D"}}""");
        var userId = (await SecurityTestHost.JsonAsync(user)).GetProperty("id").GetString();
        using var group = await SecurityTestHost.SendAsync(client, HttpMethod.Post, "Groups",
            """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Regression"}""");
        var groupId = (await SecurityTestHost.JsonAsync(group)).GetProperty("id").GetString();

        foreach (var path in new[] { "Users/" + userId, "Groups/" + groupId })
        {
            using var response = await SecurityTestHost.SendAsync(client, HttpMethod.Patch, path, body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, "PATCH " + path + " answered " + (int)response.StatusCode + ": " + text);
            if (text.Length > 0)
            {
                Assert.Equal("application/scim+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
    }
}
