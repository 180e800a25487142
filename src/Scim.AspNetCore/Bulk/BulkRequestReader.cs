using System.Text.Json;
using System.Text.Json.Nodes;
using Scim.Abstractions;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>Reads and checks a BulkRequest: schema, operation count against <see cref="ScimBulkOptions.MaxOperations"/>, <c>failOnErrors</c>, and each operation's shape.</summary>
internal static class BulkRequestReader
{
    public const string BulkRequestUrn = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    public const string BulkIdPrefix = "bulkId:";

    public static (IReadOnlyList<BulkOperation> Operations, int? FailOnErrors) Read(byte[] body, ScimOptions options)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(StripBom(body), new JsonNodeOptions { PropertyNameCaseInsensitive = true }, new JsonDocumentOptions
            {
                MaxDepth = options.Limits.MaxJsonDepth,
                AllowTrailingCommas = false,
                CommentHandling = JsonCommentHandling.Disallow,
            });
        }
        catch (JsonException ex)
        {
            throw ScimException.InvalidSyntax("The request body is not valid JSON.", ex);
        }
        catch (ArgumentException ex)
        {
            // Duplicate property names (JsonObject refuses them, also when they differ only in case).
            throw ScimException.InvalidSyntax("The request body has a duplicate property name.", ex);
        }

        if (root is not JsonObject request)
        {
            throw ScimException.InvalidSyntax("A BulkRequest must be a JSON object.");
        }

        try
        {
            return ReadRequest(request, options);
        }
        catch (InvalidOperationException ex)
        {
            // A JsonNode of an unexpected kind (for example a number where an object belongs).
            throw ScimException.InvalidSyntax("The BulkRequest is not well-formed.", ex);
        }
        catch (ArgumentException ex)
        {
            throw ScimException.InvalidSyntax("The request body has a duplicate property name.", ex);
        }
    }

    private static (IReadOnlyList<BulkOperation> Operations, int? FailOnErrors) ReadRequest(JsonObject request, ScimOptions options)
    {
        if (request["schemas"] is not JsonArray schemas
            || !schemas.Any(s => s is JsonValue v && v.TryGetValue<string>(out var urn) && string.Equals(urn, BulkRequestUrn, StringComparison.OrdinalIgnoreCase)))
        {
            throw ScimException.InvalidSyntax($"A BulkRequest must list '{BulkRequestUrn}' in 'schemas'.");
        }

        int? failOnErrors = null;
        if (request["failOnErrors"] is { } failNode)
        {
            if (failNode is not JsonValue failValue || !failValue.TryGetValue<int>(out var fail) || fail < 1)
            {
                throw ScimException.InvalidValue("'failOnErrors' must be an integer of at least 1.");
            }

            failOnErrors = fail;
        }

        if (request["Operations"] is not JsonArray operations || operations.Count == 0)
        {
            throw ScimException.InvalidSyntax("A BulkRequest needs a non-empty 'Operations' array.");
        }

        if (operations.Count > options.Bulk.MaxOperations)
        {
            throw ScimException.PayloadTooLarge($"The BulkRequest has {operations.Count} operations; Bulk.maxOperations is {options.Bulk.MaxOperations}.");
        }

        var result = new List<BulkOperation>(operations.Count);
        for (var i = 0; i < operations.Count; i++)
        {
            if (operations[i] is not JsonObject operation)
            {
                throw ScimException.InvalidSyntax($"Operation {i + 1} of the BulkRequest must be a JSON object.");
            }

            result.Add(ReadOperation(i, operation));
        }

        return (result, failOnErrors);
    }

    private static BulkOperation ReadOperation(int index, JsonObject operation)
    {
        var method = Text(operation, "method") ?? throw ScimException.InvalidSyntax($"Operation {index + 1} needs a 'method'.");
        var path = Text(operation, "path") ?? throw ScimException.InvalidSyntax($"Operation {index + 1} needs a 'path'.");
        var references = new HashSet<string>(StringComparer.Ordinal);
        var data = operation["data"];
        CollectReferences(path, references);
        if (data is not null)
        {
            CollectReferences(data, references);
        }

        return new BulkOperation
        {
            Index = index,
            Method = method.ToUpperInvariant(),
            Path = path,
            BulkId = Text(operation, "bulkId"),
            Version = Text(operation, "version"),
            Data = data,
            References = references,
        };
    }

    private static string? Text(JsonObject operation, string name) =>
        operation[name] switch
        {
            null => null,
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            _ => throw ScimException.InvalidSyntax($"'{name}' of a bulk operation must be a string."),
        };

    private static void CollectReferences(string text, HashSet<string> references)
    {
        var at = text.IndexOf(BulkIdPrefix, StringComparison.Ordinal);
        if (at >= 0)
        {
            var end = text.IndexOf('/', at);
            references.Add(text[(at + BulkIdPrefix.Length)..(end < 0 ? text.Length : end)]);
        }
    }

    private static void CollectReferences(JsonNode node, HashSet<string> references)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        CollectReferences(child, references);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        CollectReferences(child, references);
                    }
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.StartsWith(BulkIdPrefix, StringComparison.Ordinal):
                references.Add(text[BulkIdPrefix.Length..]);
                break;
        }
    }

    private static ReadOnlySpan<byte> StripBom(byte[] body) =>
        body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? body.AsSpan(3) : body;
}
