using System.Diagnostics.CodeAnalysis;
using System.Text;
using Scim.Filter.Parsing;
using Scim.Schema;

namespace Scim.Filter;

/// <summary>
/// An attribute path as sorting, projection and PATCH use it (RFC 7644 §3.5.2: <c>PATH = attrPath / valuePath [subAttr]</c>):
/// <c>name.familyName</c>, <c>members[value eq "2819c223"]</c>, <c>emails[type eq "work"].value</c>, URN-qualified or not.
/// </summary>
public sealed class ScimPath : IEquatable<ScimPath>
{
    /// <summary>Creates a path.</summary>
    /// <param name="attribute">The attribute (with its sub-attribute when there is no value filter).</param>
    /// <param name="valueFilter">The value filter selecting values of a multi-valued attribute, or <see langword="null"/>.</param>
    /// <param name="subAttribute">The sub-attribute after the value filter, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A sub-attribute without a value filter, or a nested value filter.</exception>
    public ScimPath(AttributePath attribute, FilterExpression? valueFilter = null, string? subAttribute = null)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        if (subAttribute is not null)
        {
            if (valueFilter is null)
            {
                throw new ArgumentException("A sub-attribute after the path needs a value filter; put it in the attribute path instead.", nameof(subAttribute));
            }

            if (!AttributeNameSyntax.IsAttributeName(subAttribute))
            {
                throw new ArgumentException("A sub-attribute name starts with a letter and has only letters, digits, '-' and '_'.", nameof(subAttribute));
            }
        }

        if (valueFilter is not null)
        {
            ValuePathExpression.EnsureNotNested(valueFilter, nameof(valueFilter));
        }

        Attribute = attribute;
        ValueFilter = valueFilter;
        SubAttribute = subAttribute;
    }

    private ScimPath(AttributePath attribute, FilterExpression? valueFilter, string? subAttribute, bool validated)
    {
        _ = validated;
        Attribute = attribute;
        ValueFilter = valueFilter;
        SubAttribute = subAttribute;
    }

    /// <summary>The attribute; its <see cref="AttributePath.SubAttribute"/> is set for <c>name.familyName</c>.</summary>
    public AttributePath Attribute { get; }

    /// <summary>The value filter in brackets, or <see langword="null"/>.</summary>
    public FilterExpression? ValueFilter { get; }

    /// <summary>The sub-attribute after the brackets (<c>value</c> in <c>emails[type eq "work"].value</c>), or <see langword="null"/>.</summary>
    public string? SubAttribute { get; }

    /// <summary>Parses a path.</summary>
    /// <param name="path">The path text.</param>
    /// <param name="options">Limits (<see cref="FilterParseOptions.MaxPathLength"/> applies); defaults when <see langword="null"/>.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ScimException">The path is malformed or too long (400, <c>invalidPath</c>).</exception>
    public static ScimPath Parse(string path, FilterParseOptions? options = null)
    {
        if (!TryParse(path, out var result, out var error, options))
        {
            throw ScimException.InvalidPath(error);
        }

        return result;
    }

    /// <summary>Parses a path without throwing for malformed input.</summary>
    /// <param name="path">The path text.</param>
    /// <param name="result">The path, when valid.</param>
    /// <param name="error">What is wrong and where, when not.</param>
    /// <param name="options">Limits; defaults when <see langword="null"/>.</param>
    /// <returns>Whether the text is a valid path within the limits.</returns>
    public static bool TryParse(
        string path,
        [NotNullWhen(true)] out ScimPath? result,
        [NotNullWhen(false)] out string? error,
        FilterParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return FilterParser.TryParsePath(path, options ?? FilterParseOptions.Default, out result, out error);
    }

    /// <summary>Creates a path from parts the parser already validated.</summary>
    internal static ScimPath FromParsed(AttributePath attribute, FilterExpression? valueFilter, string? subAttribute) =>
        new(attribute, valueFilter, subAttribute, validated: true);

    /// <summary>Structural equality: names ignore case, filters compare structurally.</summary>
    /// <param name="other">The path to compare with.</param>
    public bool Equals(ScimPath? other) =>
        other is not null
        && other.Attribute.Equals(Attribute)
        && Equals(other.ValueFilter, ValueFilter)
        && string.Equals(other.SubAttribute, SubAttribute, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScimPath);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        Attribute,
        ValueFilter,
        SubAttribute is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(SubAttribute));

    /// <summary>The canonical path text, which parses back to an equal path.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Attribute.WriteTo(builder);
        if (ValueFilter is not null)
        {
            builder.Append('[');
            ValueFilter.WriteTo(builder);
            builder.Append(']');
        }

        if (SubAttribute is not null)
        {
            builder.Append('.').Append(SubAttribute);
        }

        return builder.ToString();
    }
}
