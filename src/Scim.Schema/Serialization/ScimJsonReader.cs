using System.Text;
using System.Text.Json;
using System.Xml;

namespace Scim.Schema;

/// <summary>
/// Reads SCIM resources and attribute values from JSON (<c>application/scim+json</c>), typed by the schema.
/// </summary>
/// <remarks>
/// <para>Tolerant where clients are sloppy and the meaning is clear (INTEROP.md): attribute names match
/// case-insensitively and are stored under their schema spelling; <c>"True"</c>/<c>"False"</c> strings are read as
/// booleans; <c>null</c> and empty arrays mean absent; unknown attributes and unknown schema URNs are ignored; in
/// request mode read-only attributes are ignored; a single-valued complex attribute sent as a one-element array, or
/// as a bare string when it has a <c>value</c> sub-attribute, is read as that element or <c>{"value": ...}</c>; a
/// single value for a multi-valued attribute is read as a one-element list.</para>
/// <para>Strict where it is not: invalid JSON, trailing data, comments, invalid UTF-8, lone surrogates (also in
/// property names and inside ignored values, which are decoded while they are skipped), nesting deeper than
/// <see cref="ScimJsonReadOptions.MaxDepth"/> (also inside ignored values) and duplicate keys (also keys that differ
/// only in case, and an attribute sent both plain and URN-qualified) are 400 <c>invalidSyntax</c>; a value of the
/// wrong type, and a dateTime that is not a full xsd:dateTime instant in range, are 400 <c>invalidValue</c>.
/// Nothing else is thrown for client input. Error details name the attribute, never its value.</para>
/// </remarks>
public static class ScimJsonReader
{
    private const int NameBufferLength = 128;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Creates the <see cref="JsonReaderOptions"/> the library reads with: no comments, no trailing commas, bounded depth.</summary>
    /// <param name="maxDepth">The maximum nesting depth.</param>
    /// <returns>The options.</returns>
    public static JsonReaderOptions CreateReaderOptions(int maxDepth = 32) => new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = maxDepth,
    };

    /// <summary>Reads a resource of the given type from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON text.</param>
    /// <param name="resourceType">The resource type that types the attributes.</param>
    /// <param name="options">Read options; <see cref="ScimJsonReadOptions.Request"/> when <see langword="null"/>.</param>
    /// <returns>The resource.</returns>
    /// <exception cref="ScimException">The JSON is malformed (400 <c>invalidSyntax</c>) or a value has the wrong type (400 <c>invalidValue</c>).</exception>
    public static ScimResource ReadResource(ReadOnlySpan<byte> utf8Json, ResourceTypeDefinition resourceType, ScimJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        options ??= ScimJsonReadOptions.Request;
        utf8Json = Prepare(utf8Json);
        var reader = new Utf8JsonReader(utf8Json, CreateReaderOptions(options.MaxDepth));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw ScimException.InvalidSyntax("The request body must be a JSON object.");
            }

            var scratch = ReadScratch.Rent();
            scratch.Utf8Validated = true;
            var attributes = ReadResourceObject(ref reader, resourceType, options, scratch);
            ReadScratch.Return(scratch);
            EnsureEnd(ref reader);
            return new ScimResource(resourceType, attributes);
        }
        catch (JsonException ex)
        {
            throw Malformed(ex);
        }
    }

    /// <summary>Reads a resource of the given type from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="resourceType">The resource type.</param>
    /// <param name="options">Read options.</param>
    /// <returns>The resource.</returns>
    /// <exception cref="ScimException">As for the UTF-8 overload.</exception>
    public static ScimResource ReadResource(string json, ResourceTypeDefinition resourceType, ScimJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadResource(EncodeStrict(json), resourceType, options);
    }

    private static byte[] EncodeStrict(string json)
    {
        try
        {
            return new UTF8Encoding(false, true).GetBytes(json);
        }
        catch (EncoderFallbackException ex)
        {
            throw ScimException.InvalidSyntax("The text contains a lone surrogate and is not valid Unicode.", ex);
        }
    }

    /// <summary>
    /// Reads the value at the reader's current token as a value of <paramref name="attribute"/>. The reader must be
    /// positioned on the value's first token; afterwards it is on the value's last token.
    /// </summary>
    /// <param name="reader">The reader (created with <see cref="CreateReaderOptions"/> or equivalent).</param>
    /// <param name="attribute">The attribute that types the value.</param>
    /// <param name="options">Read options.</param>
    /// <param name="attributePath">The attribute's path, for error details; <see cref="AttributeDefinition.Name"/> when <see langword="null"/>.</param>
    /// <returns>The value, or <see langword="null"/> when the JSON means "no value" (<c>null</c>, <c>[]</c>, <c>{}</c>).</returns>
    /// <exception cref="ScimException">The value has the wrong type or is malformed.</exception>
    public static ScimValue? ReadValue(ref Utf8JsonReader reader, AttributeDefinition attribute, ScimJsonReadOptions? options = null, string? attributePath = null)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        try
        {
            if (!attribute.MultiValued && attribute.Type != AttributeType.Complex && reader.TokenType is not (JsonTokenType.Null or JsonTokenType.StartArray))
            {
                // A scalar (a PATCH value such as "Barb"): no lists to collect into, so none are rented.
                return ReadScalar(ref reader, attribute, new ValuePathText(null, attributePath ?? attribute.Name));
            }

            var scratch = ReadScratch.Rent();
            scratch.Utf8Validated = false;
            var value = ReadAttributeValue(ref reader, attribute, options ?? ScimJsonReadOptions.Request, new ValuePathText(null, attributePath ?? attribute.Name), scratch);
            ReadScratch.Return(scratch);
            return value;
        }
        catch (JsonException ex)
        {
            throw Malformed(ex);
        }
    }

    /// <summary>Reads a standalone JSON value as a value of <paramref name="attribute"/>.</summary>
    /// <param name="utf8Json">The JSON text of the value.</param>
    /// <param name="attribute">The attribute that types the value.</param>
    /// <param name="options">Read options.</param>
    /// <param name="attributePath">The attribute's path, for error details.</param>
    /// <returns>The value, or <see langword="null"/> when the JSON means "no value".</returns>
    /// <exception cref="ScimException">The JSON is malformed or the value has the wrong type.</exception>
    public static ScimValue? ReadValue(ReadOnlySpan<byte> utf8Json, AttributeDefinition attribute, ScimJsonReadOptions? options = null, string? attributePath = null)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        options ??= ScimJsonReadOptions.Request;
        utf8Json = Prepare(utf8Json);
        var reader = new Utf8JsonReader(utf8Json, CreateReaderOptions(options.MaxDepth));
        try
        {
            if (!reader.Read())
            {
                throw ScimException.InvalidSyntax("Expected a JSON value.");
            }

            var scratch = ReadScratch.Rent();
            scratch.Utf8Validated = true;
            var value = ReadAttributeValue(ref reader, attribute, options, new ValuePathText(null, attributePath ?? attribute.Name), scratch);
            ReadScratch.Return(scratch);
            EnsureEnd(ref reader);
            return value;
        }
        catch (JsonException ex)
        {
            throw Malformed(ex);
        }
    }

    /// <summary>Reads a SearchRequest body (<c>POST .../.search</c>, RFC 7644 §3.4.3) from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON text.</param>
    /// <param name="maxDepth">The maximum JSON nesting depth.</param>
    /// <returns>The request.</returns>
    /// <remarks>
    /// Strict like <see cref="ReadResource(ReadOnlySpan{byte}, ResourceTypeDefinition, ScimJsonReadOptions?)"/>:
    /// malformed JSON, duplicate members (in any case) and a <c>schemas</c> that does not name the SearchRequest URN
    /// are 400 <c>invalidSyntax</c>; a member of the wrong type (a string <c>count</c>, a <c>sortOrder</c> other than
    /// <c>ascending</c>/<c>descending</c>) is 400 <c>invalidValue</c>. Member names are case-insensitive, a missing
    /// <c>schemas</c> is tolerated, unknown members are ignored, and <c>attributes</c> may also be one
    /// comma-separated string.
    /// </remarks>
    /// <exception cref="ScimException">The body is malformed or a member has the wrong type.</exception>
    public static ScimSearchRequest ReadSearchRequest(ReadOnlySpan<byte> utf8Json, int maxDepth = 32) =>
        SearchRequestJsonReader.Read(utf8Json, maxDepth);

    /// <summary>Reads a SearchRequest body from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="maxDepth">The maximum JSON nesting depth.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ScimException">As for the UTF-8 overload.</exception>
    public static ScimSearchRequest ReadSearchRequest(string json, int maxDepth = 32)
    {
        ArgumentNullException.ThrowIfNull(json);
        return SearchRequestJsonReader.Read(EncodeStrict(json), maxDepth);
    }

    /// <summary>Strips a UTF-8 byte order mark and refuses invalid UTF-8 up front, so later reads cannot fail on it.</summary>
    internal static ReadOnlySpan<byte> Prepare(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            throw ScimException.InvalidSyntax("The request body is not valid UTF-8.");
        }

        return utf8Json;
    }

    internal static void EnsureEnd(ref Utf8JsonReader reader)
    {
        // Utf8JsonReader throws a JsonException for any non-whitespace after the root value.
        if (reader.Read())
        {
            throw ScimException.InvalidSyntax("Unexpected data after the end of the JSON document.");
        }
    }

    private static ScimComplex ReadResourceObject(ref Utf8JsonReader reader, ResourceTypeDefinition type, ScimJsonReadOptions options, ReadScratch scratch)
    {
        var start = scratch.Entries.Count;
        var qualifiedCore = false;
        var seen = default(SeenKeys);
        var names = type.Schema.TopLevelIndex;
        var hint = 0;
        Span<char> buffer = stackalloc char[NameBufferLength];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            // Most keys are spelled exactly as the schema spells them: recognised from their bytes, never decoded.
            var index = -1;
            if (!reader.ValueIsEscaped)
            {
                var key = reader.ValueSpan;
                index = names.IndexOfUtf8(key, ref hint);
                if (index < 0)
                {
                    if (key.SequenceEqual("schemas"u8))
                    {
                        NoteName(ref seen, "schemas", null);
                        reader.Read();
                        ValidateSchemas(ref reader);
                        continue;
                    }

                    var extension = FindExtensionUtf8(type, key);
                    if (extension is not null)
                    {
                        NoteName(ref seen, extension.Id, null);
                        reader.Read();
                        ReadExtension(ref reader, extension, start, options, scratch);
                        continue;
                    }
                }
            }

            if (index < 0)
            {
                var length = ReadName(ref reader, buffer, out var allocated);
                ReadOnlySpan<char> name = allocated is null ? buffer[..length] : allocated.AsSpan();
                if (name.Equals("schemas", StringComparison.OrdinalIgnoreCase))
                {
                    NoteName(ref seen, "schemas", null);
                    reader.Read();
                    ValidateSchemas(ref reader);
                    continue;
                }

                if (name.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
                {
                    var urn = allocated ?? name.ToString();
                    NoteName(ref seen, urn, null);
                    reader.Read();
                    qualifiedCore |= ReadUrnEntry(ref reader, type, urn, start, options, scratch);
                    continue;
                }

                index = names.IndexOfIgnoringCase(name);
                if (index < 0)
                {
                    NoteName(ref seen, allocated ?? name.ToString(), null);
                    reader.Read();
                    SkipValue(ref reader);
                    continue;
                }
            }

            var attribute = names[index];
            NoteAttribute(ref seen, index, attribute.Name, null);
            reader.Read();
            if (options.IgnoreReadOnlyAttributes && attribute.Mutability == Mutability.ReadOnly)
            {
                SkipValue(ref reader);
                continue;
            }

            AddTopLevel(ref reader, attribute, options, scratch, start, qualifiedCore);
        }

        return ScimComplex.FromOwnedArray(scratch.TakeEntries(start));
    }

    /// <summary>The extension whose URN is exactly the unescaped key <paramref name="utf8Key"/>, or <see langword="null"/> (then the key is decoded and matched case-insensitively).</summary>
    private static SchemaDefinition? FindExtensionUtf8(ResourceTypeDefinition type, ReadOnlySpan<byte> utf8Key)
    {
        // Only URN-shaped keys are extensions at the top level (as on the decoded path).
        if (utf8Key.Length <= 4 || !System.Text.Ascii.EqualsIgnoreCase(utf8Key[..4], "urn:"u8))
        {
            return null;
        }

        var extensions = type.Extensions;
        for (var i = 0; i < extensions.Count; i++)
        {
            var schema = extensions[i].Schema;
            if (utf8Key.SequenceEqual(schema.Utf8Id))
            {
                return schema;
            }
        }

        return null;
    }

    private static void AddTopLevel(ref Utf8JsonReader reader, AttributeDefinition attribute, ScimJsonReadOptions options, ReadScratch scratch, int start, bool qualifiedCore)
    {
        var value = ReadAttributeValue(ref reader, attribute, options, new ValuePathText(null, attribute.Name), scratch);
        if (value is null)
        {
            return;
        }

        // The same attribute may already have arrived under its URN-qualified name ("urn:...:User:userName").
        if (qualifiedCore && scratch.IndexOfEntry(start, attribute.Name) >= 0)
        {
            throw DuplicateKey(attribute.Name);
        }

        scratch.Entries.Add(new(attribute.Name, value));
    }

    /// <summary>Reads an extension object or a URN-qualified attribute; returns whether it added a core attribute under its plain name.</summary>
    private static bool ReadUrnEntry(ref Utf8JsonReader reader, ResourceTypeDefinition type, string name, int start, ScimJsonReadOptions options, ReadScratch scratch)
    {
        var extension = type.FindExtension(name);
        if (extension is not null)
        {
            ReadExtension(ref reader, extension, start, options, scratch);
            return false;
        }

        // A fully qualified attribute name ("urn:...:User:userName" or "urn:...:enterprise:2.0:User:department").
        var (schema, attribute) = ResolveQualified(type, name);
        if (attribute is null || schema is null || (options.IgnoreReadOnlyAttributes && attribute.Mutability == Mutability.ReadOnly))
        {
            SkipValue(ref reader);
            return false;
        }

        var read = ReadAttributeValue(ref reader, attribute, options, new ValuePathText(null, name), scratch);
        if (read is null)
        {
            return false;
        }

        if (ReferenceEquals(schema, type.Schema))
        {
            if (scratch.IndexOfEntry(start, attribute.Name) >= 0)
            {
                throw DuplicateKey(attribute.Name);
            }

            scratch.Entries.Add(new(attribute.Name, read));
            return true;
        }

        MergeExtension(scratch, start, schema.Id, ScimComplex.FromOwnedArray([new(attribute.Name, read)]));
        return false;
    }

    /// <summary>Reads an extension object (the value of the extension's URN key) into the top level.</summary>
    private static void ReadExtension(ref Utf8JsonReader reader, SchemaDefinition extension, int start, ScimJsonReadOptions options, ReadScratch scratch)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw ScimException.InvalidValue($"The extension '{extension.Id}' must be a JSON object.");
        }

        var value = ReadComplexBody(ref reader, extension.Id, ':', options, null, extension, scratch);
        if (value is not null)
        {
            MergeExtension(scratch, start, extension.Id, value);
        }
    }

    private static (SchemaDefinition? Schema, AttributeDefinition? Attribute) ResolveQualified(ResourceTypeDefinition type, string name)
    {
        var colon = name.LastIndexOf(':');
        if (colon <= 0 || colon == name.Length - 1)
        {
            return (null, null);
        }

        var urn = name.AsSpan(0, colon);
        var attributeName = name.AsSpan(colon + 1);
        if (urn.Equals(type.Schema.Id, StringComparison.OrdinalIgnoreCase))
        {
            return (type.Schema, type.Schema.FindAttribute(attributeName));
        }

        var extension = type.FindExtension(urn);
        return extension is null ? (null, null) : (extension, extension.FindAttribute(attributeName));
    }

    private static void MergeExtension(ReadScratch scratch, int start, string urn, ScimComplex value)
    {
        var entries = scratch.Entries;
        var index = scratch.IndexOfEntry(start, urn);
        if (index < 0)
        {
            entries.Add(new(urn, value));
            return;
        }

        var merged = (ScimComplex)entries[index].Value;
        foreach (var (key, item) in value)
        {
            if (merged.Contains(key))
            {
                throw DuplicateKey(urn + ":" + key);
            }

            merged = merged.With(key, item);
        }

        entries[index] = new(urn, merged);
    }

    private static void ValidateSchemas(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw ScimException.InvalidSyntax("'schemas' must be an array of schema URNs.");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw ScimException.InvalidSyntax("'schemas' must be an array of schema URNs.");
            }

            // Unknown URNs are ignored (INTEROP.md item 11); the resource's schemas are derived from its content.
            // An escaped text is still decoded so that an invalid escape is refused here as everywhere else.
            ValidateEscapes(ref reader);
        }
    }

    private static ScimValue? ReadAttributeValue(ref Utf8JsonReader reader, AttributeDefinition attribute, ScimJsonReadOptions options, ValuePathText path, ReadScratch scratch)
    {
        // The most common values by far, plain strings and references in a validated document: straight from their bytes
        // (the same values as below, in fewer steps).
        if (reader.TokenType == JsonTokenType.String && !attribute.MultiValued && !reader.ValueIsEscaped && scratch.Utf8Validated)
        {
            if (attribute.Type == AttributeType.String)
            {
                return ReadPlainString(reader.ValueSpan, attribute);
            }

            if (attribute.Type == AttributeType.Reference)
            {
                return new ScimReference(Encoding.UTF8.GetString(reader.ValueSpan));
            }
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (attribute.MultiValued)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                // A single value for a multi-valued attribute: read as a one-element list.
                var single = ReadSingleValue(ref reader, attribute, options, path, scratch);
                return single is null ? null : ScimMultiValue.FromOwnedArray([single]);
            }

            var items = scratch.Items;
            var start = items.Count;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    throw ScimException.InvalidValue($"Attribute '{path}' cannot contain nested arrays.");
                }

                var item = ReadSingleValue(ref reader, attribute, options, path, scratch);
                if (item is not null)
                {
                    items.Add(item);
                }
            }

            return items.Count == start ? null : ScimMultiValue.FromOwnedArray(scratch.TakeItems(start));
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            if (attribute.Type != AttributeType.Complex)
            {
                throw ScimException.InvalidValue($"Attribute '{path}' is single-valued and cannot be an array.");
            }

            // Entra ID sends manager as [{"$ref": ..., "value": ...}]: a one-element array means that element.
            ScimValue? only = null;
            var count = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                if (++count > 1)
                {
                    throw ScimException.InvalidValue($"Attribute '{path}' is single-valued but received several values.");
                }

                only = ReadSingleValue(ref reader, attribute, options, path, scratch);
            }

            return only;
        }

        return ReadSingleValue(ref reader, attribute, options, path, scratch);
    }

    /// <summary>An unescaped string of valid UTF-8: the schema's shared canonical value when spelled exactly so, else the decoded text.</summary>
    private static ScimString ReadPlainString(ReadOnlySpan<byte> utf8, AttributeDefinition attribute)
    {
        var canonical = attribute.CanonicalUtf8;
        for (var i = 0; i < canonical.Length; i++)
        {
            if (utf8.SequenceEqual(canonical[i]))
            {
                return attribute.CanonicalStrings[i];
            }
        }

        return new ScimString(Encoding.UTF8.GetString(utf8));
    }

    private static ScimValue? ReadSingleValue(ref Utf8JsonReader reader, AttributeDefinition attribute, ScimJsonReadOptions options, ValuePathText path, ReadScratch scratch) =>
        attribute.Type == AttributeType.Complex ? ReadComplex(ref reader, attribute, options, path, scratch) : ReadScalar(ref reader, attribute, path);

    /// <summary>Reads a value of a simple (not complex) type at the current token.</summary>
    private static ScimValue ReadScalar(ref Utf8JsonReader reader, AttributeDefinition attribute, ValuePathText path)
    {
        switch (attribute.Type)
        {
            case AttributeType.String:
                var canonical = attribute.CanonicalUtf8;
                if (canonical.Length != 0 && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
                {
                    // "work", "home"...: the schema's shared instance, spelled exactly so (any other spelling is read as sent).
                    var text = reader.ValueSpan;
                    for (var i = 0; i < canonical.Length; i++)
                    {
                        if (text.SequenceEqual(canonical[i]))
                        {
                            return attribute.CanonicalStrings[i];
                        }
                    }
                }

                return new ScimString(ExpectString(ref reader, path, "a string"));
            case AttributeType.Reference:
                return new ScimReference(ExpectString(ref reader, path, "a reference (string)"));
            case AttributeType.Boolean:
                return ReadBoolean(ref reader, path);
            case AttributeType.Integer:
                if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var integer))
                {
                    return new ScimInteger(integer);
                }

                throw ScimException.InvalidValue($"Attribute '{path}' expects an integer.");
            case AttributeType.Decimal:
                if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number))
                {
                    return new ScimDecimal(number);
                }

                throw ScimException.InvalidValue($"Attribute '{path}' expects a decimal number.");
            case AttributeType.DateTime:
                // A stored UTC instant is parsed from its bytes; every other shape takes the general parser.
                if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && UtcDateTimeText.TryParse(reader.ValueSpan, out var instant))
                {
                    return new ScimDateTime(instant);
                }

                return new ScimDateTime(ParseDateTime(ExpectString(ref reader, path, "a dateTime string"), path));
            case AttributeType.Binary:
                var base64 = ExpectString(ref reader, path, "base64 binary data");
                if (!System.Buffers.Text.Base64.IsValid(base64))
                {
                    throw ScimException.InvalidValue($"Attribute '{path}' expects base64 binary data.");
                }

                return new ScimBinary(base64);
            default:
                throw new System.Diagnostics.UnreachableException($"Unknown attribute type {attribute.Type}.");
        }
    }

    private static ScimValue? ReadComplex(ref Utf8JsonReader reader, AttributeDefinition attribute, ScimJsonReadOptions options, ValuePathText path, ReadScratch scratch)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            // An extension's complex attribute ("urn:...:User:manager") joins two schema strings: joined once per schema.
            var parent = path.Parent is null ? path.Name : path.Separator == ':' ? attribute.PathUnderExtension(path.Parent) : null;
            return ReadComplexBody(ref reader, parent, '.', options, attribute, null, scratch, path);
        }

        // A bare value for a complex attribute with a "value" sub-attribute (manager: "id", roles: ["Admin"]).
        var valueAttribute = attribute.FindSubAttribute("value");
        if (valueAttribute is not null && valueAttribute.Type != AttributeType.Complex && reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False)
        {
            if (options.IgnoreReadOnlyAttributes && valueAttribute.Mutability == Mutability.ReadOnly)
            {
                return null;
            }

            var inner = ReadSingleValue(ref reader, valueAttribute, options, new ValuePathText(path.ToString(), valueAttribute.Name), scratch);
            return inner is null ? null : ScimComplex.FromOwnedArray([new(valueAttribute.Name, inner)]);
        }

        throw ScimException.InvalidValue($"Attribute '{path}' expects a complex value (a JSON object).");
    }

    private static ScimComplex? ReadComplexBody(ref Utf8JsonReader reader, string? parentPath, char separator, ScimJsonReadOptions options, AttributeDefinition? complex, SchemaDefinition? extension, ReadScratch scratch, ValuePathText? complexPath = null)
    {
        var start = scratch.Entries.Count;
        var seen = default(SeenKeys);
        var names = complex is not null ? complex.SubAttributeIndex : extension!.AttributeIndex;
        var hint = 0;
        var parent = parentPath ?? complexPath?.ToString();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            // Most keys are spelled exactly as the schema spells them: recognised from their bytes, never decoded.
            var index = reader.ValueIsEscaped ? -1 : names.IndexOfUtf8(reader.ValueSpan, ref hint);
            if (index < 0)
            {
                index = FindByDecodedName(ref reader, names, out var unknown);
                if (index < 0)
                {
                    NoteName(ref seen, unknown!, parent);
                    reader.Read();
                    SkipValue(ref reader);
                    continue;
                }
            }

            var sub = names[index];
            NoteAttribute(ref seen, index, sub.Name, parent);
            reader.Read();
            if (options.IgnoreReadOnlyAttributes && sub.Mutability == Mutability.ReadOnly)
            {
                SkipValue(ref reader);
                continue;
            }

            var path = new ValuePathText(parent, sub.Name, separator);
            var value = ReadAttributeValue(ref reader, sub, options, path, scratch);
            if (value is not null)
            {
                scratch.Entries.Add(new(sub.Name, value));
            }
        }

        return scratch.Entries.Count == start ? null : ScimComplex.FromOwnedArray(scratch.TakeEntries(start));
    }

    /// <summary>The slow path of a key inside an object: decodes it and looks it up case-insensitively; <paramref name="unknown"/> is the decoded key when no attribute has that name.</summary>
    private static int FindByDecodedName(ref Utf8JsonReader reader, AttributeNameIndex names, out string? unknown)
    {
        Span<char> buffer = stackalloc char[NameBufferLength];
        var length = ReadName(ref reader, buffer, out var allocated);
        ReadOnlySpan<char> name = allocated is null ? buffer[..length] : allocated.AsSpan();
        var index = names.IndexOfIgnoringCase(name);
        unknown = index >= 0 ? null : allocated ?? name.ToString();
        return index;
    }

    private static ScimBoolean ReadBoolean(ref Utf8JsonReader reader, ValuePathText path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return ScimBoolean.True;
            case JsonTokenType.False:
                return ScimBoolean.False;
            case JsonTokenType.String when !reader.ValueIsEscaped && System.Text.Ascii.IsValid(reader.ValueSpan):
                // Entra ID sends "True"/"False" (INTEROP.md item 2), compared here without decoding (ASCII: the same answer).
                if (System.Text.Ascii.EqualsIgnoreCase(reader.ValueSpan, "true"u8))
                {
                    return ScimBoolean.True;
                }

                if (System.Text.Ascii.EqualsIgnoreCase(reader.ValueSpan, "false"u8))
                {
                    return ScimBoolean.False;
                }

                break;
            case JsonTokenType.String:
                // Entra ID sends "True"/"False" (INTEROP.md item 2). Anything else is not a boolean.
                var text = ReadText(ref reader);
                if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
                {
                    return ScimBoolean.True;
                }

                if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
                {
                    return ScimBoolean.False;
                }

                break;
        }

        throw ScimException.InvalidValue($"Attribute '{path}' expects a boolean.");
    }

    private static string ExpectString(ref Utf8JsonReader reader, ValuePathText path, string what) =>
        reader.TokenType == JsonTokenType.String
            ? ReadText(ref reader)
            : throw ScimException.InvalidValue($"Attribute '{path}' expects {what}.");

    /// <summary>
    /// Decodes the current string or property name. <see cref="Utf8JsonReader.GetString"/> throws
    /// <see cref="InvalidOperationException"/> for an escape that is not valid UTF-16 (a lone surrogate such as
    /// <c>\ud800</c>); that is client input, so it becomes 400 <c>invalidSyntax</c> here and nowhere else.
    /// </summary>
    internal static string ReadText(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw Unreadable(ex);
        }
    }

    /// <summary>
    /// Decodes the current property name into <paramref name="buffer"/> when it fits (no allocation), else into a new
    /// string returned in <paramref name="allocated"/>; returns the name's length. Invalid escapes are 400 <c>invalidSyntax</c> as in <see cref="ReadText"/>.
    /// </summary>
    internal static int ReadName(ref Utf8JsonReader reader, scoped Span<char> buffer, out string? allocated)
    {
        if (!reader.HasValueSequence && reader.ValueSpan.Length <= buffer.Length)
        {
            allocated = null;
            try
            {
                return reader.CopyString(buffer);
            }
            catch (InvalidOperationException ex)
            {
                throw Unreadable(ex);
            }
        }

        allocated = ReadText(ref reader);
        return allocated.Length;
    }

    /// <summary>
    /// Skips the value at the current token like <see cref="Utf8JsonReader.Skip"/> (depth still bounded by
    /// <see cref="JsonReaderOptions.MaxDepth"/>), but decodes every escaped string and property name on the way, so a
    /// lone surrogate hidden in an ignored attribute is refused like one in a known attribute.
    /// </summary>
    internal static void SkipValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            ValidateEscapes(ref reader);
            return;
        }

        var depth = reader.CurrentDepth;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            ValidateEscapes(ref reader);
        }
    }

    private static void ValidateEscapes(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
        {
            _ = ReadText(ref reader);
        }
    }

    /// <summary>
    /// Parses an RFC 7643 §2.3.5 dateTime (xsd:dateTime: a full date, <c>T</c>, a time, optional fractional seconds,
    /// optional zone); a value without a time zone is taken as UTC. Other xsd forms (a bare date, a year) are refused.
    /// </summary>
    internal static DateTimeOffset ParseDateTime(string text, ValuePathText path)
    {
        if (!LooksLikeDateTime(text))
        {
            throw InvalidDateTime(path);
        }

        try
        {
            var value = XmlConvert.ToDateTimeOffset(text);
            return HasZone(text) ? value : new DateTimeOffset(value.DateTime, TimeSpan.Zero);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            // ArgumentOutOfRangeException: a valid-looking instant outside DateTimeOffset's range once its offset applies.
            throw InvalidDateTime(path);
        }
    }

    private static ScimException InvalidDateTime(ValuePathText path) =>
        ScimException.InvalidValue($"Attribute '{path}' expects an xsd:dateTime such as 2008-01-23T04:56:22Z.");

    private static bool LooksLikeDateTime(string text) =>
        text.Length is >= 19 and <= 40
        && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3])
        && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':';

    private static bool HasZone(string text) =>
        text.EndsWith('Z') || text.EndsWith('z')
        || (text.Length > 6 && text[^3] == ':' && (text[^6] == '+' || text[^6] == '-'));

    private static void NoteAttribute(ref SeenKeys seen, int index, string name, string? path)
    {
        if (!seen.AddAttribute(index, name))
        {
            throw DuplicateKey(path is null ? name : path + "." + name);
        }
    }

    private static void NoteName(ref SeenKeys seen, string name, string? path)
    {
        if (!seen.AddName(name))
        {
            throw DuplicateKey(path is null ? name : path + "." + name);
        }
    }

    internal static void NoteKey(ref JsonKeySet seen, string name, string? path)
    {
        if (!seen.Add(name))
        {
            throw DuplicateKey(path is null ? name : path + "." + name);
        }
    }

    private static ScimException DuplicateKey(string name) =>
        ScimException.InvalidSyntax($"The attribute '{Excerpt(name)}' appears more than once (names are case-insensitive).");

    internal static ScimException Malformed(JsonException ex) =>
        ScimException.InvalidSyntax(
            $"The request body is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}).", ex);

    private static ScimException Unreadable(InvalidOperationException ex) =>
        ScimException.InvalidSyntax("The request body contains a string that is not valid Unicode (for example a lone surrogate escape).", ex);

    internal static string Excerpt(string text) => text.Length <= 64 ? text : string.Concat(text.AsSpan(0, 61), "...");
}
