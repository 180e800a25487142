using System.Text.Json;
using Scim.Schema;

namespace Scim.Patch.Tests.Conformance;

/// <summary>The PATCH requests of the shared conformance cases (copied under Conformance/Cases).</summary>
internal static class ConformanceCases
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Conformance", "Cases");

    public static IEnumerable<string> Names() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static string Body(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + ".json")));
        return document.RootElement.GetProperty("body").GetRawText();
    }

    public static ResourceTypeDefinition TypeOf(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + ".json")));
        var path = document.RootElement.GetProperty("path").GetString()!;
        return path.StartsWith("/Groups", StringComparison.OrdinalIgnoreCase) ? CoreSchemas.GroupResourceType : CoreSchemas.UserResourceType;
    }
}
