using System.Text.Json.Nodes;

namespace Scim.Schema.Tests;

/// <summary>
/// Every POST and PUT body of the shared conformance cases (Entra ID, Okta) reads without error, validates, and
/// yields the attributes the client meant. The cases live in <c>conformance/cases</c> next to the repository (or
/// where <c>SCIM_CONFORMANCE_CASES</c> points).
/// </summary>
public sealed class ConformanceCaseTests
{
    /// <summary>Per case: attribute path in the stored document (<c>emails.0.value</c>) and its expected JSON, or null for absent.</summary>
    private static readonly Dictionary<string, (string Path, string? Json)[]> Expected = new(StringComparer.Ordinal)
    {
        ["007"] =
        [
            ("userName", "\"Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee\""), ("externalId", "\"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef\""),
            ("active", "true"), ("emails.0.type", "\"work\""), ("emails.0.primary", "true"), ("name.formatted", "\"givenName familyName\""),
            ("roles", null), ("meta", null),
        ],
        ["008"] =
        [
            ("userName", "\"jexample@example.com\""), ("displayName", "\"Jo Example\""), ("name.givenName", "\"Jo\""),
            ("addresses", null), ("phoneNumbers", null), ("title", null), ("department", null), ("manager", null), ("meta", null),
        ],
        ["015"] = [("displayName", "\"displayName\""), ("externalId", "\"8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159\""), ("meta", null)],
        ["060"] = [("userName", "\"test.user@example.com\""), ("password", "\"1mz050nq\""), ("locale", "\"en-US\""), ("groups", null)],
        ["061"] = [("userName", "\"test.user@example.com\""), ("groups", null)],
        ["064"] =
        [
            ("userName", "\"test.user@example.com\""), ("name.middleName", "\"Excited\""), ("emails.0.display", "\"test.user@example.com\""),
            ("id", null), ("groups", null), ("meta", null),
        ],
        ["067"] = [("displayName", "\"Test SCIMv2\""), ("members", null)],
        ["074"] = [("members.0.value", "\"23a35c27-23d3-4c03-b4c5-6443c09e7173\""), ("members.0.display", "\"test.user@example.com\"")],
    };

    public static TheoryData<string> BodyCases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(CasesDirectory(), "*.json").Order(StringComparer.Ordinal))
        {
            var node = JsonNode.Parse(File.ReadAllText(file))!;
            if ((string?)node["method"] is "POST" or "PUT" && node["body"] is JsonObject && TypeOf((string)node["path"]!) is not null)
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }

    [Fact]
    public void Conformance_cases_are_found_with_create_and_replace_bodies_of_both_clients()
    {
        var cases = ((IEnumerable<object[]>)BodyCases()).Select(row => (string)row[0]).ToList();

        Assert.Contains(cases, c => c.Contains("-entra-", StringComparison.Ordinal));
        Assert.Contains(cases, c => c.Contains("-okta-", StringComparison.Ordinal));
        Assert.All(Expected.Keys, prefix => Assert.Contains(cases, c => c.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(BodyCases))]
    public void Client_body_reads_validates_and_yields_the_expected_attributes(string caseFile)
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(CasesDirectory(), caseFile)))!;
        var type = TypeOf((string)node["path"]!)!;
        var body = node["body"]!.AsObject();

        var resource = ScimJsonReader.ReadResource(body.ToJsonString(), type);
        var valid = ScimResourceValidator.ValidateCreate(resource);
        var stored = JsonNode.Parse(ScimJsonWriter.SerializeResourceToString(valid, ScimJsonWriteOptions.Storage))!.AsObject();

        foreach (var (name, value) in body)
        {
            if (string.Equals(name, "schemas", StringComparison.OrdinalIgnoreCase) || name.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
            {
                // schemas is derived from the content; extension objects are checked through Expected.
                continue;
            }

            var attribute = type.Schema.FindAttribute(name) ?? CommonAttributes.Find(name);
            var present = stored.Any(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));
            var meaningful = value is not null && value is not JsonArray { Count: 0 };
            var expectPresent = attribute is not null && attribute.Mutability != Mutability.ReadOnly && meaningful;
            Assert.True(expectPresent == present, $"{caseFile}: attribute '{name}' expected {(expectPresent ? "present" : "absent")}");
        }

        foreach (var (path, json) in Expected.GetValueOrDefault(caseFile[..3]) ?? [])
        {
            var actual = Navigate(stored, path);
            Assert.True(
                json is null ? actual is null : JsonNode.DeepEquals(JsonNode.Parse(json), actual),
                $"{caseFile}: '{path}' expected {json ?? "absent"} but was {actual?.ToJsonString() ?? "absent"}");
        }
    }

    private static JsonNode? Navigate(JsonNode? node, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            node = node switch
            {
                JsonObject obj => obj.FirstOrDefault(p => string.Equals(p.Key, segment, StringComparison.OrdinalIgnoreCase)).Value,
                JsonArray array when int.TryParse(segment, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }

    private static ResourceTypeDefinition? TypeOf(string path) =>
        path.StartsWith("/Users", StringComparison.OrdinalIgnoreCase) ? CoreSchemas.UserResourceType
        : path.StartsWith("/Groups", StringComparison.OrdinalIgnoreCase) ? CoreSchemas.GroupResourceType
        : null;

    private static string CasesDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("SCIM_CONFORMANCE_CASES");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(directory.FullName, "conformance", "cases"), Path.Combine(directory.FullName, "shared", "conformance", "cases") })
            {
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("No conformance/cases directory above the test output; set SCIM_CONFORMANCE_CASES.");
    }
}
