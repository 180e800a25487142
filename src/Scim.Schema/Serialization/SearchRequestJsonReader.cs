using System.Text.Json;

namespace Scim.Schema;

/// <summary>Reads a SearchRequest body (RFC 7644 §3.4.3) with the same strictness as resource bodies.</summary>
internal static class SearchRequestJsonReader
{
    public static ScimSearchRequest Read(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        utf8Json = ScimJsonReader.Prepare(utf8Json);
        var reader = new Utf8JsonReader(utf8Json, ScimJsonReader.CreateReaderOptions(maxDepth));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw ScimException.InvalidSyntax("The request body must be a JSON object.");
            }

            var request = ReadObject(ref reader);
            ScimJsonReader.EnsureEnd(ref reader);
            return request;
        }
        catch (JsonException ex)
        {
            throw ScimJsonReader.Malformed(ex);
        }
    }

    private static ScimSearchRequest ReadObject(ref Utf8JsonReader reader)
    {
        var seen = new JsonKeySet();
        IReadOnlyList<string> attributes = [];
        IReadOnlyList<string> excluded = [];
        string? filter = null, sortBy = null, cursor = null;
        ScimSortOrder? sortOrder = null;
        int? startIndex = null, count = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = ScimJsonReader.ReadText(ref reader);
            ScimJsonReader.NoteKey(ref seen, name, null);
            reader.Read();
            switch (name.ToUpperInvariant())
            {
                case "SCHEMAS":
                    ReadSchemas(ref reader);
                    break;
                case "ATTRIBUTES":
                    attributes = ReadNames(ref reader, "attributes");
                    break;
                case "EXCLUDEDATTRIBUTES":
                    excluded = ReadNames(ref reader, "excludedAttributes");
                    break;
                case "FILTER":
                    filter = ReadOptionalString(ref reader, "filter");
                    break;
                case "SORTBY":
                    sortBy = ReadOptionalString(ref reader, "sortBy");
                    break;
                case "SORTORDER":
                    sortOrder = ReadSortOrder(ref reader);
                    break;
                case "STARTINDEX":
                    startIndex = ReadOptionalInteger(ref reader, "startIndex") is { } index ? Math.Max(index, 1) : null;
                    break;
                case "COUNT":
                    count = ReadOptionalInteger(ref reader, "count") is { } c ? Math.Max(c, 0) : null;
                    break;
                case "CURSOR":
                    cursor = ReadOptionalString(ref reader, "cursor");
                    break;
                default:
                    // Unknown members are ignored, like unknown attributes of a resource.
                    ScimJsonReader.SkipValue(ref reader);
                    break;
            }
        }

        return new ScimSearchRequest
        {
            Attributes = attributes,
            ExcludedAttributes = excluded,
            Filter = filter,
            SortBy = sortBy,
            SortOrder = sortOrder,
            StartIndex = startIndex,
            Count = count,
            Cursor = cursor,
        };
    }

    private static void ReadSchemas(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw ScimException.InvalidSyntax("'schemas' must be an array of schema URNs.");
        }

        var found = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw ScimException.InvalidSyntax("'schemas' must be an array of schema URNs.");
            }

            found |= string.Equals(ScimJsonReader.ReadText(ref reader), ScimSchemaIds.SearchRequest, StringComparison.OrdinalIgnoreCase);
        }

        if (!found)
        {
            throw ScimException.InvalidSyntax($"'schemas' must contain '{ScimSchemaIds.SearchRequest}'.");
        }
    }

    private static string[] ReadNames(ref Utf8JsonReader reader, string member)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return [];
            case JsonTokenType.String:
                // Tolerated: the query-string form, one comma-separated string.
                return ScimJsonReader.ReadText(ref reader).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            case JsonTokenType.StartArray:
                var names = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw ScimException.InvalidValue($"'{member}' must be an array of attribute names.");
                    }

                    var name = ScimJsonReader.ReadText(ref reader).Trim();
                    if (name.Length > 0)
                    {
                        names.Add(name);
                    }
                }

                return [.. names];
            default:
                throw ScimException.InvalidValue($"'{member}' must be an array of attribute names.");
        }
    }

    private static string? ReadOptionalString(ref Utf8JsonReader reader, string member) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => ScimJsonReader.ReadText(ref reader),
        _ => throw ScimException.InvalidValue($"'{member}' must be a string."),
    };

    private static int? ReadOptionalInteger(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
        {
            return value;
        }

        throw ScimException.InvalidValue($"'{member}' must be an integer.");
    }

    private static ScimSortOrder? ReadSortOrder(ref Utf8JsonReader reader)
    {
        var text = ReadOptionalString(ref reader, "sortOrder");
        if (text is null)
        {
            return null;
        }

        if (string.Equals(text, "ascending", StringComparison.OrdinalIgnoreCase))
        {
            return ScimSortOrder.Ascending;
        }

        return string.Equals(text, "descending", StringComparison.OrdinalIgnoreCase)
            ? ScimSortOrder.Descending
            : throw ScimException.InvalidValue("'sortOrder' must be 'ascending' or 'descending'.");
    }
}
