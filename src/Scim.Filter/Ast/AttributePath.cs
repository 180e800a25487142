using System.Text;
using Scim.Filter.Parsing;

namespace Scim.Filter;

/// <summary>
/// An attribute path, <c>[schemaUrn ":"] name ["." subAttribute]</c>: <c>userName</c>, <c>name.familyName</c>,
/// <c>urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value</c>. Names and URNs compare
/// case-insensitively (ordinal) and keep the spelling they were written with.
/// </summary>
public sealed class AttributePath : IEquatable<AttributePath>
{
    /// <summary>Creates a path, validating each part.</summary>
    /// <param name="schemaUrn">The schema URN qualifying the attribute, or <see langword="null"/>.</param>
    /// <param name="name">The attribute name.</param>
    /// <param name="subAttribute">The sub-attribute name, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A part is not a valid attribute name or schema URN.</exception>
    public AttributePath(string? schemaUrn, string name, string? subAttribute = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (schemaUrn is not null && !AttributeNameSyntax.IsSchemaUrn(schemaUrn))
        {
            throw new ArgumentException("The schema URN must start with \"urn:\" and contain no spaces, brackets or quotes.", nameof(schemaUrn));
        }

        if (!AttributeNameSyntax.IsAttributeName(name))
        {
            throw new ArgumentException("An attribute name starts with a letter and has only letters, digits, '-' and '_'.", nameof(name));
        }

        if (subAttribute is not null && !AttributeNameSyntax.IsAttributeName(subAttribute))
        {
            throw new ArgumentException("A sub-attribute name starts with a letter and has only letters, digits, '-' and '_'.", nameof(subAttribute));
        }

        SchemaUrn = schemaUrn;
        Name = name;
        SubAttribute = subAttribute;
    }

    /// <summary>Creates an unqualified path with no sub-attribute.</summary>
    /// <param name="name">The attribute name.</param>
    public AttributePath(string name)
        : this(null, name)
    {
    }

    private AttributePath(string? schemaUrn, string name, string? subAttribute, bool validated)
    {
        _ = validated;
        SchemaUrn = schemaUrn;
        Name = name;
        SubAttribute = subAttribute;
    }

    /// <summary>The schema URN, or <see langword="null"/> when the path is not qualified.</summary>
    public string? SchemaUrn { get; }

    /// <summary>The attribute name.</summary>
    public string Name { get; }

    /// <summary>The sub-attribute name, or <see langword="null"/>.</summary>
    public string? SubAttribute { get; }

    /// <summary>Builds a path from a token the tokenizer already recognised as an attribute path.</summary>
    internal static AttributePath FromValidatedText(ReadOnlySpan<char> text)
    {
        if (WellKnownAttributePaths.Find(text) is { } shared)
        {
            return shared;
        }

        if (text.IndexOfAny(':', '.') < 0)
        {
            return new AttributePath(null, text.ToString(), null, validated: true);
        }

        AttributeNameSyntax.TrySplitPath(text, out var urn, out var name, out var sub);
        var urnText = urn.End.Value == 0 ? null : text[urn].ToString();
        var subText = sub.End.Value == 0 ? null : text[sub].ToString();
        return new AttributePath(urnText, text[name].ToString(), subText, validated: true);
    }

    /// <summary>Structural equality; URNs and names compare ordinal, ignoring case.</summary>
    /// <param name="other">The path to compare with.</param>
    public bool Equals(AttributePath? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase)
        && string.Equals(SubAttribute, other.SubAttribute, StringComparison.OrdinalIgnoreCase)
        && string.Equals(SchemaUrn, other.SchemaUrn, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AttributePath);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        SchemaUrn is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(SchemaUrn),
        StringComparer.OrdinalIgnoreCase.GetHashCode(Name),
        SubAttribute is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(SubAttribute));

    /// <summary>The path as written in a filter: <c>urn:...:name.sub</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        WriteTo(builder);
        return builder.ToString();
    }

    internal void WriteTo(StringBuilder builder)
    {
        if (SchemaUrn is not null)
        {
            builder.Append(SchemaUrn).Append(':');
        }

        builder.Append(Name);
        if (SubAttribute is not null)
        {
            builder.Append('.').Append(SubAttribute);
        }
    }
}
