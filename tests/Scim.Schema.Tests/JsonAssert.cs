using System.Text.Json.Nodes;

namespace Scim.Schema.Tests;

/// <summary>Compares JSON documents by meaning: property order ignored, nulls and empty arrays taken as absent.</summary>
internal static class JsonAssert
{
    public static void Equivalent(string expected, string actual)
    {
        var left = Normalize(JsonNode.Parse(expected));
        var right = Normalize(JsonNode.Parse(actual));
        Assert.True(JsonNode.DeepEquals(left, right), $"Expected\n{left?.ToJsonString()}\nbut got\n{right?.ToJsonString()}");
    }

    /// <summary>A copy without <c>null</c> members and empty arrays (RFC 7643 §2.5: both mean unassigned).</summary>
    public static JsonNode? Normalize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    var normalized = Normalize(value);
                    if (normalized is not null && normalized is not JsonArray { Count: 0 })
                    {
                        copy[key] = normalized;
                    }
                }

                return copy;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    var normalized = Normalize(item);
                    if (normalized is not null)
                    {
                        items.Add(normalized);
                    }
                }

                return items;
            default:
                return node?.DeepClone();
        }
    }
}
