using System.Text.Json;
using Scim.Filter;
using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// Turns one structurally valid operation into typed <see cref="PatchAction"/>s: parses and resolves the path (or,
/// for a pathless operation, each key of the value object), reads the value typed by its target and classifies what
/// it means (add, clear, remove listed values).
/// </summary>
internal sealed class PatchActionBuilder(ResourceTypeDefinition resourceType, PatchEvaluationOptions options)
{
    private readonly PatchTargetResolver _resolver = new(resourceType, options.ClientCompatibility);
    private readonly bool _compatibility = options.ClientCompatibility;

    /// <summary>Builds an operation whose value (if any) is at <see cref="RawOperation.ValueStart"/> in <paramref name="body"/>.</summary>
    public PatchOperation Build(ReadOnlySpan<byte> body, RawOperation raw)
    {
        if (!raw.HasValue)
        {
            var none = default(Utf8JsonReader);
            return Build(raw, ref none);
        }

        var reader = CreateReader(body.Slice(raw.ValueStart, raw.ValueLength));
        return Build(raw, ref reader);
    }

    /// <summary>
    /// Builds an operation; when it has a value, <paramref name="value"/> is on the value's first token and is left on
    /// its last.
    /// </summary>
    public PatchOperation Build(RawOperation raw, ref Utf8JsonReader value)
    {
        var pathText = raw.PathText;
        if (pathText is not null && pathText.Length == 0 && _compatibility)
        {
            pathText = null;
        }

        if (pathText is null)
        {
            return BuildPathless(raw, ref value);
        }

        if (_resolver.FindWholeSchema(pathText) is { } wholeSchema)
        {
            return BuildWholeSchema(raw, wholeSchema, pathText, ref value);
        }

        // A cached text came with its cache entry, whose parse is what Parse would return.
        var cached = ReferenceEquals(pathText, raw.PathText) ? raw.CachedPath : null;
        var path = cached is not null ? cached.Path : PatchPathParser.ParseCached(pathText, raw.Index, out cached);
        var target = _resolver.Resolve(cached, path, pathText, raw.Index);
        if (target is null)
        {
            return Unknown(raw, path, pathText);
        }

        if (!raw.HasValue)
        {
            var none = default(Utf8JsonReader);
            var action = BuildAction(raw.Index, raw.Type, target, ref none, hasValue: false, out _);
            return new PatchOperation(raw.Index, raw.Type, path, null, [action]);
        }

        var built = BuildAction(raw.Index, raw.Type, target, ref value, hasValue: true, out var typed);
        return new PatchOperation(raw.Index, raw.Type, path, typed, [built]);
    }

    private PatchOperation Unknown(RawOperation raw, ScimPath? path, string pathText)
    {
        if (!options.IgnoreUnknownAttributes)
        {
            throw ScimException.InvalidPath($"Operation {raw.Index}: the path '{SafeText.Excerpt(pathText)}' names an attribute that resource type '{resourceType.Name}' does not define.");
        }

        return new PatchOperation(raw.Index, raw.Type, path, null, []);
    }

    private PatchOperation BuildPathless(RawOperation raw, ref Utf8JsonReader reader)
    {
        if (raw.Type == PatchOperationType.Remove)
        {
            // RFC 7644 §3.5.2.2: "If 'path' is unspecified, the operation fails with ... 'noTarget'."
            throw ScimException.NoTarget($"Operation {raw.Index}: remove requires a \"path\".");
        }

        if (!raw.HasValue)
        {
            throw ScimException.InvalidValue($"Operation {raw.Index}: {Verb(raw.Type)} without \"path\" requires a \"value\" object.");
        }

        if (reader.TokenType == JsonTokenType.Null && _compatibility)
        {
            return new PatchOperation(raw.Index, raw.Type, null, null, []);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw ScimException.InvalidValue($"Operation {raw.Index}: without \"path\" the \"value\" must be an object of attributes.");
        }

        var actions = new List<PatchAction>();
        var entries = new List<KeyValuePair<string, ScimValue?>>();
        var seen = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = PatchRequestReader.GetString(ref reader);
            PatchRequestReader.NoteKey(seen, key, raw.Index);
            reader.Read();
            if (string.Equals(key, "schemas", StringComparison.OrdinalIgnoreCase))
            {
                reader.Skip();
                continue;
            }

            if (_resolver.FindWholeSchema(key) is { } schema)
            {
                var nested = ReadSchemaObject(raw.Index, raw.Type, schema, key, ref reader, actions);
                entries.Add(new(key, nested));
                continue;
            }

            var path = PatchPathParser.ParseCached(key, raw.Index, out var cached);
            var target = _resolver.Resolve(cached, path, key, raw.Index);
            if (target is null)
            {
                if (!options.IgnoreUnknownAttributes)
                {
                    throw ScimException.InvalidPath($"Operation {raw.Index}: the key '{SafeText.Excerpt(key)}' names an attribute that resource type '{resourceType.Name}' does not define.");
                }

                reader.Skip();
                continue;
            }

            actions.Add(BuildAction(raw.Index, raw.Type, target, ref reader, hasValue: true, out var typed));
            entries.Add(new(key, typed));
        }

        return new PatchOperation(raw.Index, raw.Type, null, entries.Count == 0 ? null : ScimComplex.Create(entries), actions);
    }

    private PatchOperation BuildWholeSchema(RawOperation raw, SchemaDefinition schema, string pathText, ref Utf8JsonReader reader)
    {
        if (ReferenceEquals(schema, resourceType.Schema))
        {
            throw ScimException.InvalidPath($"Operation {raw.Index}: the path cannot be the resource's core schema URN; name an attribute or leave \"path\" out.");
        }

        // The grammar reads a bare extension URN as "URN prefix : last segment"; keep that parse for the public model.
        var path = ScimPath.TryParse(pathText, out var parsed, out _) ? parsed : null;
        var actions = new List<PatchAction>();
        if (raw.Type == PatchOperationType.Remove)
        {
            foreach (var attribute in schema.Attributes)
            {
                var target = new PatchTarget(schema, false, attribute, null, null, null, schema.Id + ":" + attribute.Name);
                var none = default(Utf8JsonReader);
                actions.Add(BuildAction(raw.Index, raw.Type, target, ref none, hasValue: false, out _));
            }

            return new PatchOperation(raw.Index, raw.Type, path, null, actions);
        }

        if (!raw.HasValue)
        {
            throw ScimException.InvalidValue($"Operation {raw.Index}: {Verb(raw.Type)} of '{SafeText.Excerpt(pathText)}' requires a \"value\" object.");
        }

        var value = ReadSchemaObject(raw.Index, raw.Type, schema, pathText, ref reader, actions);
        return new PatchOperation(raw.Index, raw.Type, path, value, actions);
    }

    /// <summary>Reads <c>{"department": ..., "manager": ...}</c> under an extension URN: each key an attribute of that schema.</summary>
    private ScimComplex? ReadSchemaObject(int index, PatchOperationType type, SchemaDefinition schema, string key, ref Utf8JsonReader reader, List<PatchAction> actions)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            if (type == PatchOperationType.Replace && !ReferenceEquals(schema, resourceType.Schema))
            {
                foreach (var attribute in schema.Attributes)
                {
                    var target = new PatchTarget(schema, false, attribute, null, null, null, schema.Id + ":" + attribute.Name);
                    actions.Add(new PatchAction(index, type, target, null, PatchActionValue.Clear) { IsDeltaExpressible = target.Attribute is { MultiValued: true, Type: AttributeType.Complex } });
                }
            }

            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw ScimException.InvalidValue($"Operation {index}: '{SafeText.Excerpt(key)}' must be an object of that schema's attributes.");
        }

        var entries = new List<KeyValuePair<string, ScimValue?>>();
        var seen = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = PatchRequestReader.GetString(ref reader);
            PatchRequestReader.NoteKey(seen, name, index);
            reader.Read();
            var target = _resolver.ResolveInSchema(schema, name, index);
            if (target is null)
            {
                if (!options.IgnoreUnknownAttributes)
                {
                    throw ScimException.InvalidPath($"Operation {index}: schema '{schema.Id}' has no attribute '{SafeText.Excerpt(name)}'.");
                }

                reader.Skip();
                continue;
            }

            actions.Add(BuildAction(index, type, target, ref reader, hasValue: true, out var typed));
            entries.Add(new(name, typed));
        }

        return entries.Count == 0 ? null : ScimComplex.Create(entries);
    }

    /// <summary>Reads and classifies the value of one action; the reader is on the value's first token (when <paramref name="hasValue"/>).</summary>
    private PatchAction BuildAction(int index, PatchOperationType type, PatchTarget target, ref Utf8JsonReader reader, bool hasValue, out ScimValue? typed)
    {
        typed = null;
        if (type == PatchOperationType.Remove)
        {
            if (!hasValue || reader.TokenType == JsonTokenType.Null)
            {
                return Classified(index, type, target, null, PatchActionValue.Normal);
            }

            if (!_compatibility)
            {
                throw ScimException.InvalidSyntax($"Operation {index}: remove takes no \"value\" (RFC 7644 §3.5.2.2); use a value filter in the path.");
            }

            if (target.IsWholeAttribute && target.Attribute.MultiValued)
            {
                // INTEROP.md item 3: Entra's {"op":"Remove","path":"members","value":[{"value":"id"}]} removes exactly those.
                typed = ReadTyped(ref reader, target.Attribute, target.PathText);
                return Classified(index, type, target, typed ?? ScimMultiValue.Empty, PatchActionValue.RemoveListed);
            }

            reader.Skip();
            return Classified(index, type, target, null, PatchActionValue.Normal);
        }

        if (!hasValue)
        {
            throw ScimException.InvalidValue($"Operation {index}: {Verb(type)} of '{SafeText.Excerpt(target.PathText)}' requires a \"value\".");
        }

        var definition = target.ValueDefinition;
        if (!_compatibility && definition.Type == AttributeType.Boolean && reader.TokenType == JsonTokenType.String)
        {
            throw ScimException.InvalidValue($"Operation {index}: '{SafeText.Excerpt(target.PathText)}' expects a JSON boolean.");
        }

        typed = ReadTyped(ref reader, definition, target.PathText);
        if (typed is null)
        {
            if (type == PatchOperationType.Replace)
            {
                return Classified(index, type, target, null, PatchActionValue.Clear);
            }

            return _compatibility
                ? Classified(index, type, target, null, PatchActionValue.Nothing)
                : throw ScimException.InvalidValue($"Operation {index}: add of '{SafeText.Excerpt(target.PathText)}' has no value to add.");
        }

        if (_compatibility && IsEmptyReference(definition, typed))
        {
            // INTEROP.md item 5: manager cleared with {"value": ""} (or ""): an empty value means remove.
            return Classified(index, type, target, null, PatchActionValue.Clear);
        }

        if (IsKeyed(target) && target.IsWholeAttribute)
        {
            RequireKeys(index, target, typed);
        }

        return Classified(index, type, target, typed, PatchActionValue.Normal);
    }

    private PatchAction Classified(int index, PatchOperationType type, PatchTarget target, ScimValue? value, PatchActionValue kind) =>
        new(index, type, target, value, kind)
        {
            IsDeltaExpressible = target.Attribute is { MultiValued: true, Type: AttributeType.Complex } && DeltaShape.CanExpress(type, target, value, kind),
        };

    private bool IsKeyed(PatchTarget target) =>
        target.Attribute.MultiValued && target.Attribute.Type == AttributeType.Complex && options.DeferredAttributes.Contains(target.Key);

    private static void RequireKeys(int index, PatchTarget target, ScimValue value)
    {
        if (value is not ScimMultiValue list)
        {
            return;
        }

        foreach (var item in list)
        {
            if (item is not ScimComplex complex || complex.Find("value") is not ScimString { Value.Length: > 0 })
            {
                throw ScimException.InvalidValue($"Operation {index}: every value of '{target.Attribute.Name}' needs a non-empty \"value\".");
            }
        }
    }

    private static bool IsEmptyReference(AttributeDefinition definition, ScimValue value) =>
        !definition.MultiValued
        && definition.Type == AttributeType.Complex
        && definition.FindSubAttribute("value") is not null
        && value is ScimComplex complex
        && complex.Find("value") is ScimString { Value.Length: 0 };

    private static ScimValue? ReadTyped(ref Utf8JsonReader reader, AttributeDefinition definition, string path) =>
        ScimJsonReader.ReadValue(ref reader, definition, ScimJsonReadOptions.Stored, SafeText.Excerpt(path));

    private static Utf8JsonReader CreateReader(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, ScimJsonReader.CreateReaderOptions(ScimJsonReadOptions.Stored.MaxDepth));
        reader.Read();
        return reader;
    }

    private static string Verb(PatchOperationType type) => type == PatchOperationType.Add ? "add" : "replace";
}
