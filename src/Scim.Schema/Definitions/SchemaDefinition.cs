using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Text.Json;

namespace Scim.Schema;

/// <summary>A schema (RFC 7643 §7): its URN, name, description and attributes. Immutable.</summary>
public sealed class SchemaDefinition
{
    private const int MaxLinearLookup = 48;

    private readonly FrozenDictionary<string, AttributeDefinition> _byName;
    private readonly FrozenDictionary<string, AttributeDefinition>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly AttributeDefinition[] _attributeArray;
    private AttributeNameIndex? _topLevelIndex;

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
        Utf8Id = System.Text.Encoding.UTF8.GetBytes(id);
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
        AttributeIndex = new AttributeNameIndex(_attributeArray);
    }

    /// <summary>The attributes indexed for the JSON reader and writer (an extension object's keys).</summary>
    internal AttributeNameIndex AttributeIndex { get; }

    /// <summary>
    /// The names a resource's top level may carry when this is its core schema, indexed for the JSON reader and
    /// writer: the schema's attributes, then the common attributes (<c>id</c>, <c>externalId</c>, <c>meta</c>) the
    /// schema does not declare itself; not <c>schemas</c> or URN-shaped names, which the top level reads specially.
    /// </summary>
    internal AttributeNameIndex TopLevelIndex => _topLevelIndex ??= BuildTopLevelIndex();

    private AttributeNameIndex BuildTopLevelIndex()
    {
        var names = new List<AttributeDefinition>(_attributeArray.Length + CommonAttributes.All.Count);
        foreach (var attribute in _attributeArray)
        {
            if (!IsReservedTopLevelName(attribute.Name))
            {
                names.Add(attribute);
            }
        }

        foreach (var common in CommonAttributes.All)
        {
            if (FindAttribute(common.Name) is null)
            {
                names.Add(common);
            }
        }

        return new AttributeNameIndex([.. names]);
    }

    /// <summary>Names the top level of a resource reads specially whatever a schema declares: <c>schemas</c> and URNs.</summary>
    internal static bool IsReservedTopLevelName(string name) =>
        name.Equals("schemas", StringComparison.OrdinalIgnoreCase) || name.StartsWith("urn:", StringComparison.OrdinalIgnoreCase);

    /// <summary>The schema URN.</summary>
    public string Id { get; }

    /// <summary>The URN as JSON, for writers; <see langword="null"/> when it needs escaping (then it is written as text).</summary>
    internal JsonEncodedText? EncodedId { get; }

    /// <summary>The URN in UTF-8, for readers that match unescaped JSON keys on their bytes.</summary>
    internal byte[] Utf8Id { get; }

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
    /// The attribute whose <see cref="AttributeDefinition.Name"/> is the very string <paramref name="name"/> (as in
    /// values this library read or built), else what <see cref="FindAttribute(string)"/> finds.
    /// </summary>
    internal AttributeDefinition? FindAttributeFast(string name)
    {
        if (_attributeArray.Length <= MaxLinearLookup)
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
