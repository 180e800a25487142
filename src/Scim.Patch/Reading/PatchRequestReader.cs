using System.Runtime.ExceptionServices;
using System.Text.Json;
using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// Reads a PatchOp message (RFC 7644 §3.5.2) in two passes: a strict structural pass over the whole body (schemas,
/// Operations, verbs, limits; duplicate keys including case variants, invalid UTF-8 and trailing data refused) that
/// notes where each value's JSON sits, then, operation by operation, the path is parsed and resolved and the value
/// is typed by the attribute it targets. An operation whose op and path come before a one-token value is built
/// during the first pass (its value is not read twice); its errors are still raised in the second pass's order.
/// </summary>
internal static class PatchRequestReader
{
    private const int SchemasKey = 0;
    private const int OperationsKey = 1;
    private const int OpKey = 0;
    private const int PathKey = 1;
    private const int ValueKey = 2;

    private static readonly string[] TopLevelKeys = ["schemas", "Operations"];
    private static readonly string[] OperationKeys = ["op", "path", "value"];

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static List<PatchOperation> Read(ReadOnlySpan<byte> utf8Json, ResourceTypeDefinition resourceType, PatchEvaluationOptions options)
    {
        if (utf8Json.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            throw ScimException.InvalidSyntax("The request body is not valid UTF-8.");
        }

        var builder = new PatchActionBuilder(resourceType, options);
        var raw = ReadStructure(utf8Json, options, builder);
        var operations = new List<PatchOperation>(raw.Count);
        foreach (var operation in raw)
        {
            // In request order: an error found while building an operation early is raised here, in its turn, after
            // every structural error and after the errors of the operations before it, as if it had been built now.
            operation.BuildError?.Throw();
            operations.Add(operation.Built ?? builder.Build(utf8Json, operation));
        }

        return operations;
    }

    private static List<RawOperation> ReadStructure(ReadOnlySpan<byte> utf8Json, PatchEvaluationOptions options, PatchActionBuilder builder)
    {
        var reader = new Utf8JsonReader(utf8Json, ScimJsonReader.CreateReaderOptions(ScimJsonReadOptions.Stored.MaxDepth));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw ScimException.InvalidSyntax("The request body must be a JSON object (a PatchOp message).");
            }

            var seen = default(KnownKeys);
            var hasPatchOpSchema = false;
            var sawSchemas = false;
            List<RawOperation>? operations = null;
            var values = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var key = seen.Note(ref reader, TopLevelKeys, null);
                reader.Read();
                if (key == SchemasKey)
                {
                    sawSchemas = true;
                    hasPatchOpSchema = ReadSchemas(ref reader);
                }
                else if (key == OperationsKey)
                {
                    operations = ReadOperations(ref reader, options, builder, ref values);
                }
                else
                {
                    reader.Skip();
                }
            }

            if (reader.Read())
            {
                throw ScimException.InvalidSyntax("Unexpected data after the end of the JSON document.");
            }

            if (!sawSchemas || !hasPatchOpSchema)
            {
                throw ScimException.InvalidSyntax($"A PATCH body must have \"schemas\": [\"{ScimSchemaIds.PatchOp}\"].");
            }

            if (operations is null || operations.Count == 0)
            {
                throw ScimException.InvalidSyntax("A PATCH body must have a non-empty \"Operations\" array.");
            }

            return operations;
        }
        catch (JsonException ex)
        {
            throw ScimException.InvalidSyntax(
                $"The request body is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}).", ex);
        }
    }

    private static bool ReadSchemas(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw ScimException.InvalidSyntax("\"schemas\" must be an array of URNs.");
        }

        var found = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw ScimException.InvalidSyntax("\"schemas\" must be an array of URNs.");
            }

            found |= KnownKeys.TextEquals(ref reader, ScimSchemaIds.PatchOp, ignoreCase: true);
        }

        return found;
    }

    private static List<RawOperation> ReadOperations(ref Utf8JsonReader reader, PatchEvaluationOptions options, PatchActionBuilder builder, ref int values)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw ScimException.InvalidSyntax("\"Operations\" must be an array of operations.");
        }

        var operations = new List<RawOperation>(8);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (operations.Count >= options.MaxOperations)
            {
                throw ScimException.InvalidValue($"The request has more than MaxOperations ({options.MaxOperations}) operations.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw ScimException.InvalidSyntax($"Operation {operations.Count} must be a JSON object.");
            }

            operations.Add(ReadOperation(ref reader, operations.Count, options, builder, ref values));
        }

        return operations;
    }

    private static RawOperation ReadOperation(ref Utf8JsonReader reader, int index, PatchEvaluationOptions options, PatchActionBuilder builder, ref int values)
    {
        var seen = default(KnownKeys);
        PatchOperationType? verb = null;
        string? unsupportedVerb = null;
        string? path = null;
        var sawPath = false;
        CachedPath? cachedPath = null;
        var hasValue = false;
        int valueStart = 0, valueLength = 0;
        PatchOperation? built = null;
        ExceptionDispatchInfo? buildError = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = seen.Note(ref reader, OperationKeys, index);
            reader.Read();
            if (key == OpKey)
            {
                if (reader.TokenType != JsonTokenType.String)
                {
                    throw ScimException.InvalidSyntax($"Operation {index}: \"op\" must be a string (add, replace or remove).");
                }

                // An unsupported verb is reported once the whole operation has been read, after its structural errors.
                verb = ParseVerb(ref reader, options.ClientCompatibility);
                unsupportedVerb = verb is null ? GetString(ref reader) : null;
            }
            else if (key == PathKey)
            {
                sawPath = true;
                path = reader.TokenType switch
                {
                    JsonTokenType.String => PatchPathParser.ReadText(ref reader, out cachedPath),
                    JsonTokenType.Null => null,
                    _ => throw ScimException.InvalidPath($"Operation {index}: \"path\" must be a string."),
                };
            }
            else if (key == ValueKey)
            {
                hasValue = true;
                valueStart = checked((int)reader.TokenStartIndex);
                values += CountValues(ref reader);
                valueLength = checked((int)reader.BytesConsumed) - valueStart;
                if (values > options.MaxValues)
                {
                    throw ScimException.InvalidValue($"The request carries more than MaxValues ({options.MaxValues}) values.");
                }

                if (verb is not null && sawPath && IsScalar(reader.TokenType))
                {
                    // Op and path came first (as Entra ID and Okta send them) and the value is one token: built now,
                    // with this reader, instead of reading the value again later. An error waits for its turn.
                    try
                    {
                        built = builder.Build(new RawOperation(index, verb.Value, path, true, valueStart, valueLength, cachedPath), ref reader);
                    }
                    catch (ScimException ex)
                    {
                        buildError = ExceptionDispatchInfo.Capture(ex);
                    }
                }
            }
            else
            {
                reader.Skip();
            }
        }

        if (unsupportedVerb is not null)
        {
            throw ScimException.InvalidSyntax($"Operation {index}: \"op\" '{SafeText.Excerpt(unsupportedVerb)}' is not supported; SCIM PATCH has add, replace and remove.");
        }

        if (verb is null)
        {
            throw ScimException.InvalidSyntax($"Operation {index} has no \"op\".");
        }

        return new RawOperation(index, verb.Value, path, hasValue, valueStart, valueLength, cachedPath) { Built = built, BuildError = buildError };
    }

    private static bool IsScalar(JsonTokenType token) =>
        token is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null;

    private static PatchOperationType? ParseVerb(ref Utf8JsonReader reader, bool clientCompatibility)
    {
        // INTEROP.md item 1: Entra sends "Add", "Replace", "Remove". Without client compatibility the RFC's lowercase verbs only.
        if (KnownKeys.TextEquals(ref reader, "add", clientCompatibility))
        {
            return PatchOperationType.Add;
        }

        if (KnownKeys.TextEquals(ref reader, "replace", clientCompatibility))
        {
            return PatchOperationType.Replace;
        }

        if (KnownKeys.TextEquals(ref reader, "remove", clientCompatibility))
        {
            return PatchOperationType.Remove;
        }

        return null;
    }

    /// <summary>Skips the value at the reader, counting what it carries: array elements, keys of an object (and elements of arrays under them), or one.</summary>
    private static int CountValues(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                var elements = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    elements++;
                    reader.Skip();
                }

                return elements;
            case JsonTokenType.StartObject:
                var count = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            count++;
                            reader.Skip();
                        }
                    }
                    else
                    {
                        count++;
                        reader.Skip();
                    }
                }

                return count;
            default:
                return 1;
        }
    }

    internal static string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw ScimException.InvalidSyntax("The request body contains a string that is not valid Unicode (for example a lone surrogate escape).", ex);
        }
    }

    internal static void NoteKey(List<string> seen, string name, int? operationIndex)
    {
        foreach (var existing in seen)
        {
            if (string.Equals(existing, name, StringComparison.OrdinalIgnoreCase))
            {
                var where = operationIndex is null ? string.Empty : $"Operation {operationIndex}: ";
                throw ScimException.InvalidSyntax($"{where}the key '{SafeText.Excerpt(name)}' appears more than once (keys are case-insensitive).");
            }
        }

        seen.Add(name);
    }
}
