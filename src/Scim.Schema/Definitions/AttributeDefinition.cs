using System.Collections.ObjectModel;
using System.Text.Json;

namespace Scim.Schema;

/// <summary>
/// An attribute of a schema with every characteristic of RFC 7643 §2.2 and §7. Immutable once built; the
/// characteristics default to the RFC's defaults (string, single-valued, optional, caseExact false, readWrite,
/// returned default, uniqueness none).
/// </summary>
public sealed class AttributeDefinition
{
    private readonly IReadOnlyList<AttributeDefinition> _subAttributes = [];
    private readonly AttributeDefinition[] _subAttributeArray = [];
    private readonly bool _exactLookupFirst = true;
    private readonly IReadOnlyList<string> _canonicalValues = [];
    private ExtensionPath? _pathUnderExtension;

    /// <summary>Creates an attribute definition.</summary>
    /// <param name="name">The attribute name (RFC 7643 §2.1 ATTRNAME; matched case-insensitively).</param>
    /// <param name="type">The data type.</param>
    public AttributeDefinition(string name, AttributeType type = AttributeType.String)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Type = type;
        EncodedName = PlainJsonName.TryEncode(name);
        Utf8Name = System.Text.Encoding.UTF8.GetBytes(name);
    }

    /// <summary>The attribute name.</summary>
    public string Name { get; }

    /// <summary>The data type.</summary>
    public AttributeType Type { get; }

    /// <summary>The name in UTF-8, for readers that match unescaped JSON keys on their bytes.</summary>
    internal byte[] Utf8Name { get; }

    /// <summary>The name as JSON, for writers; <see langword="null"/> when it needs escaping (then it is written as text).</summary>
    internal JsonEncodedText? EncodedName { get; }

    /// <summary>Whether the attribute holds a list of values.</summary>
    public bool MultiValued { get; init; }

    /// <summary>A human-readable description.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the attribute must have a value on create and replace.</summary>
    public bool Required { get; init; }

    /// <summary>Whether string values compare case-sensitively (filters, uniqueness).</summary>
    public bool CaseExact { get; init; }

    /// <summary>Whether and how the attribute may be changed.</summary>
    public Mutability Mutability { get; init; }

    /// <summary>When the attribute is returned.</summary>
    public Returned Returned { get; init; }

    /// <summary>How uniqueness of the attribute's values is enforced.</summary>
    public Uniqueness Uniqueness { get; init; }

    /// <summary>The suggested canonical values (for example <c>work</c>, <c>home</c>); empty when none are declared.</summary>
    public IReadOnlyList<string> CanonicalValues
    {
        get => _canonicalValues;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _canonicalValues = value;
            CanonicalStrings = value.Count == 0 ? [] : [.. value.Select(v => new ScimString(v))];
            CanonicalUtf8 = value.Count == 0 ? [] : [.. value.Select(v => System.Text.Encoding.UTF8.GetBytes(v))];
        }
    }

    /// <summary>
    /// The canonical values as shared <see cref="ScimString"/> instances (immutable, and schema data, not client data),
    /// so that a reader can return one instead of allocating a string and a value for <c>"work"</c> on every read.
    /// </summary>
    internal ScimString[] CanonicalStrings { get; private init; } = [];

    /// <summary>The canonical values in UTF-8, in the order of <see cref="CanonicalStrings"/>.</summary>
    internal byte[][] CanonicalUtf8 { get; private init; } = [];

    /// <summary>
    /// Whether values outside <see cref="CanonicalValues"/> are refused. RFC 7643 calls canonical values
    /// suggestions, so the core schemas leave this off; a host's own schema may turn it on.
    /// </summary>
    public bool CanonicalValuesEnforced { get; init; }

    /// <summary>For <see cref="AttributeType.Reference"/>: the resource types it may refer to (<c>User</c>, <c>Group</c>, <c>external</c>, <c>uri</c>).</summary>
    public IReadOnlyList<string> ReferenceTypes { get; init; } = [];

    /// <summary>For <see cref="AttributeType.Complex"/>: the sub-attributes; empty otherwise.</summary>
    public IReadOnlyList<AttributeDefinition> SubAttributes
    {
        get => _subAttributes;
        init
        {
            _subAttributeArray = [.. value];
            _subAttributes = new ReadOnlyCollection<AttributeDefinition>(_subAttributeArray);
            _exactLookupFirst = !HasCaseVariants(_subAttributeArray);
            SubAttributeIndex = new AttributeNameIndex(_subAttributeArray);
        }
    }

    /// <summary>The sub-attributes indexed for the JSON reader and writer.</summary>
    internal AttributeNameIndex SubAttributeIndex { get; private init; } = AttributeNameIndex.Empty;

    /// <summary>Finds a sub-attribute by name, case-insensitively.</summary>
    /// <param name="name">The sub-attribute name.</param>
    /// <returns>The sub-attribute, or <see langword="null"/> when there is none by that name.</returns>
    public AttributeDefinition? FindSubAttribute(string name) => FindSubAttribute(name.AsSpan());

    /// <summary>Finds a sub-attribute by name, case-insensitively.</summary>
    /// <param name="name">The sub-attribute name.</param>
    /// <returns>The sub-attribute, or <see langword="null"/> when there is none by that name.</returns>
    public AttributeDefinition? FindSubAttribute(ReadOnlySpan<char> name)
    {
        // Clients almost always use the schema's spelling: an exact pass first, then the case-insensitive one.
        // (Only when no two sub-attributes differ just in case, so that the answer is always the first case-insensitive match.)
        var subAttributes = _subAttributeArray;
        if (_exactLookupFirst)
        {
            foreach (var sub in subAttributes)
            {
                if (name.SequenceEqual(sub.Name))
                {
                    return sub;
                }
            }
        }

        foreach (var sub in subAttributes)
        {
            if (name.Equals(sub.Name, StringComparison.OrdinalIgnoreCase))
            {
                return sub;
            }
        }

        return null;
    }

    /// <summary>As <see cref="FindSubAttribute(string)"/>, trying first the sub-attribute whose name is the very string <paramref name="name"/> (keys of values this library read or built).</summary>
    internal AttributeDefinition? FindSubAttributeFast(string name)
    {
        foreach (var sub in _subAttributeArray)
        {
            if (ReferenceEquals(sub.Name, name))
            {
                return _exactLookupFirst ? sub : FindSubAttribute(name);
            }
        }

        return FindSubAttribute(name);
    }

    /// <summary>
    /// The attribute's path under an extension, <c>urn:...:name</c>, for error details, joined once and kept for the
    /// last extension asked about. Only for schema strings (an extension's <see cref="SchemaDefinition.Id"/>), never
    /// text from a request, so nothing a client sent is kept.
    /// </summary>
    /// <param name="extensionId">The extension's URN, the schema's own string.</param>
    internal string PathUnderExtension(string extensionId)
    {
        var cached = _pathUnderExtension;
        if (cached is not null && ReferenceEquals(cached.ExtensionId, extensionId))
        {
            return cached.Path;
        }

        var joined = new ExtensionPath(extensionId, string.Concat(extensionId, ":", Name));
        _pathUnderExtension = joined;
        return joined.Path;
    }

    private static bool HasCaseVariants(AttributeDefinition[] attributes)
    {
        for (var i = 0; i < attributes.Length; i++)
        {
            for (var j = i + 1; j < attributes.Length; j++)
            {
                if (string.Equals(attributes[i].Name, attributes[j].Name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => MultiValued ? $"{Name} ({Type}, multi-valued)" : $"{Name} ({Type})";

    /// <summary>An extension URN and the attribute's path under it, replaced as one reference (so readers on other threads see a matching pair).</summary>
    private sealed record ExtensionPath(string ExtensionId, string Path);
}
