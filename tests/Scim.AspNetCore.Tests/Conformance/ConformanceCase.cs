using System.Text.Json;

namespace Scim.AspNetCore.Tests;

/// <summary>One request of <c>/work/shared/conformance/cases</c>: method, path (relative to the SCIM base URL), headers, body and expected status.</summary>
public sealed class ConformanceCase
{
    private static readonly string Directory = FindDirectory();

    private ConformanceCase(string name, JsonElement root)
    {
        Name = name;
        Method = new HttpMethod(root.GetProperty("method").GetString()!);
        Path = root.GetProperty("path").GetString()!;
        Body = root.GetProperty("body").ValueKind == JsonValueKind.Null ? null : root.GetProperty("body").GetRawText();
        var headers = root.GetProperty("headers");
        ContentType = headers.TryGetProperty("Content-Type", out var type) ? type.GetString() : null;
        var expected = root.GetProperty("expected");
        var status = expected.GetProperty("status");
        ExpectedStatuses = status.ValueKind == JsonValueKind.Array ? [.. status.EnumerateArray().Select(s => s.GetInt32())] : [status.GetInt32()];
        if (expected.TryGetProperty("status_alternatives", out var alternatives))
        {
            ExpectedStatuses = [.. ExpectedStatuses, .. alternatives.EnumerateArray().Select(s => s.GetInt32())];
        }
    }

    public string Name { get; }

    public HttpMethod Method { get; }

    public string Path { get; }

    public string? Body { get; }

    public string? ContentType { get; }

    public IReadOnlyList<int> ExpectedStatuses { get; }

    /// <summary>Loads a case by its number (<c>"019"</c>).</summary>
    public static ConformanceCase Load(string number)
    {
        var file = System.IO.Directory.GetFiles(Directory, number + "-*.json").Single();
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        return new ConformanceCase(System.IO.Path.GetFileNameWithoutExtension(file), document.RootElement.Clone());
    }

    /// <summary>Sends the case (placeholders such as <c>{userId}</c> replaced) and checks status and content type.</summary>
    public async Task<JsonElement> RunAsync(ScimTestHost host, IReadOnlyDictionary<string, string>? placeholders = null)
    {
        var path = Path;
        var body = Body;
        foreach (var (name, value) in placeholders ?? new Dictionary<string, string>())
        {
            path = path.Replace("{" + name + "}", value, StringComparison.Ordinal);
            body = body?.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        using var response = await host.SendAsync(Method, path, body, ContentType ?? (body is null ? null : "application/scim+json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(ExpectedStatuses.Contains((int)response.StatusCode), $"{Name}: expected {string.Join(" or ", ExpectedStatuses)}, got {(int)response.StatusCode}: {text}");
        if (text.Length > 0)
        {
            ScimAssert.IsScimJson(response);
            return JsonDocument.Parse(text).RootElement.Clone();
        }

        Assert.Equal(204, (int)response.StatusCode);
        return default;
    }

    private static string FindDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("SCIM_CONFORMANCE_CASES");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        return System.IO.Path.Combine(AppContext.BaseDirectory, "Conformance", "Cases");
    }
}
