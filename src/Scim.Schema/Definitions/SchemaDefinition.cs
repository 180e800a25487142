using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Text.Json;

namespace Scim.Schema;

/// <summary>A schema (RFC 7643 §7): its URN, name, description and attributes. Immutable.</summary>
public sealed class SchemaDefinition
{
    private const int MaxLinearUtf8Lookup = 48;

    private readonly FrozenDictionary<string, AttributeDefinition> _byName;
    private readonly FrozenDictionary<string, AttributeDefinition>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly AttributeDefinition[] _attributeArray;

    /// <summary>Creates a schema definition.</summary>
    /// <param name="id">The schema URN, for example <c>urn:ietf:params:scim:schemas:core:2.0:User</c>.</param>
    /// <param name="name">A human-readable name.</param>
    /// <param name="description">A human-readable description.</param>
    /// <param name="attributes">The top-level attributes (names unique case-insensitively).</param>
    /// <exception cref="ArgumentException">Two attributes share a name.</exception>
    public SchemaDefinition(string id, string name, string? description, IEnumerable<AttributeDefinition> attributes)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(attributes);
        Id = id;
        EncodedId = PlainJsonName.TryEncode(id);
        Name = name;
        Description = description;
        var list = attributes.ToList();
        var byName = new Dictionary<string, AttributeDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var attribute in list)
        {
            if (!byName.TryAdd(attribute.Name, attribute))
            {
                throw new ArgumentException($"Schema '{id}' declares attribute '{attribute.Name}' twice.", nameof(attributes));
            }
        }

        _attributeArray = [.. list];
        Attributes = new ReadOnlyCollection<AttributeDefinition>(_attributeArray);
        _byName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _bySpan = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The schema URN.</summary>
    public string Id { get; }

    /// <summary>The URN as JSON, for writers; <see langword="null"/> when it needs escaping (then it is written as text).</summary>
    internal JsonEncodedText? EncodedId { get; }

    /// <summary>A human-readable name.</summary>
    public string Name { get; }

    /// <summary>A human-readable description.</summary>
    public string? Description { get; }

    /// <summary>The top-level attributes in declaration order.</summary>
    public IReadOnlyList<AttributeDefinition> Attributes { get; }

    /// <summary>Finds a top-level attribute by name, case-insensitively.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>The attribute, or <see langword="null"/>.</returns>
    public AttributeDefinition? FindAttribute(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Finds a top-level attribute by name, case-insensitively, without allocating.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>The attribute, or <see langword="null"/>.</returns>
    public AttributeDefinition? FindAttribute(ReadOnlySpan<char> name) =>
        _bySpan.TryGetValue(name, out var attribute) ? attribute : null;

    /// <summary>
    /// The attribute whose name is exactly <paramref name="utf8Name"/> (an unescaped JSON key), or
    /// <see langword="null"/>: then use <see cref="FindAttribute(ReadOnlySpan{char})"/>, which also matches other
    /// spellings. Names are unique case-insensitively, so an exact match is the attribute either lookup finds. Large
    /// schemas always take the dictionary.
    /// </summary>
    internal AttributeDefinition? FindAttributeUtf8(ReadOnlySpan<byte> utf8Name)
    {
        if (_attributeArray.Length > MaxLinearUtf8Lookup)
        {
            return null;
        }

        if (utf8Name.IsEmpty)
        {
            return null;
        }

        foreach (var attribute in _attributeArray)
        {
            var candidate = attribute.Utf8Name;
            if (candidate.Length == utf8Name.Length && candidate[0] == utf8Name[0] && utf8Name.SequenceEqual(candidate))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>
    /// The attribute whose <see cref="AttributeDefinition.Name"/> is the very string <paramref name="name"/> (as in
    /// values this library read or built), else what <see cref="FindAttribute(string)"/> finds.
    /// </summary>
    internal AttributeDefinition? FindAttributeFast(string name)
    {
        if (_attributeArray.Length <= MaxLinearUtf8Lookup)
        {
            foreach (var attribute in _attributeArray)
            {
                if (ReferenceEquals(attribute.Name, name))
                {
                    return attribute;
                }
            }
        }

        return FindAttribute(name);
    }

    /// <inheritdoc />
    public override string ToString() => Id;
}
