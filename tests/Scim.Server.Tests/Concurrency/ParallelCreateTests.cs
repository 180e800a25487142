using System.Net;
using System.Text;
using Scim.Abstractions;

namespace Scim.Server.Tests;

/// <summary>Uniqueness holds under concurrent creates through HTTP on SQLite.</summary>
public sealed class ParallelCreateTests
{
    [Fact]
    public async Task Thirty_two_parallel_creates_of_case_and_width_variants_of_one_userName_give_one_201()
    {
        var variants = Variants("alice@example.com", 32);
        Assert.Equal(32, variants.Distinct(StringComparer.Ordinal).Count());
        Assert.Single(variants.Select(ScimUniqueness.Normalize).Distinct(StringComparer.Ordinal));
        Assert.Contains("Alice@Example.com", variants);
        Assert.Contains("ALICE@EXAMPLE.COM", variants);
        Assert.Contains(variants, v => v.Contains('\uFF20', StringComparison.Ordinal));

        using var directory = new ServerDirectory();
        await using var server = await RunningServer.StartSqliteAsync(directory);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = variants.Select(async name =>
        {
            await start.Task;
            using var response = await server.Client.SendAsync(HttpMethod.Post, "Users", $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"{{name}}"}""");
            var json = await ScimHttp.StatusAsync(response, 201, 409);
            return (response.StatusCode, ScimType: response.StatusCode == HttpStatusCode.Conflict ? json.GetProperty("scimType").GetString() : null);
        }).ToList();
        start.SetResult();
        var results = await Task.WhenAll(requests);

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(31, results.Count(r => r.StatusCode == HttpStatusCode.Conflict && r.ScimType == "uniqueness"));
        ScimHttp.AssertList(await server.Client.GetJsonAsync("Users"), 1);
        ScimHttp.AssertList(await server.Client.GetJsonAsync("Users?filter=userName+eq+%22aLiCe%40EXAMPLE.com%22"), 1);
    }

    /// <summary>Distinct spellings of <paramref name="ascii"/>: each letter upper or lower case, and from the second half on in full-width forms (U+FF01..U+FF5E) that NFKC maps back to ASCII.</summary>
    internal static List<string> Variants(string ascii, int count)
    {
        var list = new List<string> { "Alice@Example.com", "ALICE@EXAMPLE.COM" };
        for (var i = 0; list.Count < count; i++)
        {
            var builder = new StringBuilder();
            for (var c = 0; c < ascii.Length; c++)
            {
                var ch = ((i >> (c % 5)) & 1) == 1 ? char.ToUpperInvariant(ascii[c]) : ascii[c];
                builder.Append(i % 2 == 1 && ((c + i) % 3 != 0) ? (char)(ch - 0x21 + 0xFF01) : ch);
            }

            var variant = builder.ToString();
            if (!list.Contains(variant, StringComparer.Ordinal))
            {
                list.Add(variant);
            }
        }

        return list;
    }
}
