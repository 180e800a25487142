using System.Text.Json;

namespace Scim.Server.Tests;

/// <summary>
/// One request of the shared conformance cases (<c>shared/conformance/cases/*.json</c>, found by walking up from the
/// test directory, or <c>SCIM_CONFORMANCE_CASES</c>): method, path relative to the tenant's SCIM base URL, body and
/// expected statuses. Ids in the cases are the identity provider's examples; a run replaces them with the ids the
/// server really returned.
/// </summary>
public sealed class ConformanceCase
{
    private static readonly Lazy<string> Directory = new(FindDirectory);

    private ConformanceCase(string name, JsonElement root)
    {
        Name = name;
        Method = new HttpMethod(root.GetProperty("method").GetString()!);
        Path = root.GetProperty("path").GetString()!;
        Body = root.GetProperty("body").ValueKind == JsonValueKind.Null ? null : root.GetProperty("body").GetRawText();
        var expected = root.GetProperty("expected");
        var status = expected.GetProperty("status");
        List<int> statuses = status.ValueKind == JsonValueKind.Array ? [.. status.EnumerateArray().Select(s => s.GetInt32())] : [status.GetInt32()];
        if (expected.TryGetProperty("status_alternatives", out var alternatives))
        {
            statuses.AddRange(alternatives.EnumerateArray().Select(s => s.GetInt32()));
        }

        ExpectedStatuses = statuses;
    }

    public string Name { get; }

    public HttpMethod Method { get; }

    public string Path { get; }

    public string? Body { get; }

    public IReadOnlyList<int> ExpectedStatuses { get; }

    /// <summary>The directory of the case files; fails (never skips) when it cannot be found.</summary>
    public static string CasesDirectory => Directory.Value;

    /// <summary>Loads a case by its number (<c>"019"</c>).</summary>
    public static ConformanceCase Load(string number)
    {
        var file = System.IO.Directory.GetFiles(CasesDirectory, number + "-*.json").Single();
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        return new ConformanceCase(System.IO.Path.GetFileNameWithoutExtension(file), document.RootElement.Clone());
    }

    /// <summary>Sends the case over HTTP, with every key of <paramref name="replacements"/> (an example id or a <c>{placeholder}</c>) replaced in path and body; checks status and media type.</summary>
    public async Task<JsonElement> RunAsync(HttpClient client, IReadOnlyDictionary<string, string>? replacements = null)
    {
        var (status, json) = await SendAsync(client, replacements);
        Assert.True(ExpectedStatuses.Contains(status), $"{Name}: expected {string.Join(" or ", ExpectedStatuses)}, got {status}: {json}");
        return json;
    }

    /// <summary>Sends the case and returns status and body without judging them (for retried requests whose answer differs).</summary>
    public async Task<(int Status, JsonElement Json)> SendAsync(HttpClient client, IReadOnlyDictionary<string, string>? replacements = null)
    {
        var path = Path;
        var body = Body;
        foreach (var (from, to) in replacements ?? new Dictionary<string, string>())
        {
            path = path.Replace(from, to, StringComparison.Ordinal);
            body = body?.Replace(from, to, StringComparison.Ordinal);
        }

        using var response = await client.SendAsync(Method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (text.Length == 0)
        {
            return ((int)response.StatusCode, default);
        }

        ScimHttp.IsScimJson(response);
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static string FindDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("SCIM_CONFORMANCE_CASES");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return System.IO.Directory.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new DirectoryNotFoundException($"SCIM_CONFORMANCE_CASES={fromEnvironment} does not exist.");
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            foreach (var candidate in new[] { System.IO.Path.Combine(directory.FullName, "shared", "conformance", "cases"), System.IO.Path.Combine(directory.FullName, "conformance", "cases") })
            {
                if (System.IO.Directory.Exists(candidate) && System.IO.Directory.GetFiles(candidate, "*.json").Length > 0)
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"The conformance cases were not found above {AppContext.BaseDirectory} (looked for shared/conformance/cases); set SCIM_CONFORMANCE_CASES.");
    }
}
