using System.Diagnostics.CodeAnalysis;
using Scim.Filter.Parsing;
using Scim.Schema;

namespace Scim.Filter;

/// <summary>Parses SCIM filters (RFC 7644 §3.4.2.2) into <see cref="FilterExpression"/> trees.</summary>
public static class ScimFilter
{
    /// <summary>Parses a filter.</summary>
    /// <param name="filter">The filter text, e.g. <c>userName eq "bjensen"</c>.</param>
    /// <param name="options">Limits and leniency; <see cref="FilterParseOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The filter tree.</returns>
    /// <exception cref="ScimException">The filter is malformed or exceeds a limit (400, <c>invalidFilter</c>); the detail gives
    /// the 1-based column and what was expected.</exception>
    public static FilterExpression Parse(string filter, FilterParseOptions? options = null)
    {
        if (!TryParse(filter, out var expression, out var error, options))
        {
            throw ScimException.InvalidFilter(error);
        }

        return expression;
    }

    /// <summary>Parses a filter without throwing for malformed input.</summary>
    /// <param name="filter">The filter text.</param>
    /// <param name="expression">The filter tree, when the text is valid.</param>
    /// <param name="error">What is wrong and where, when it is not.</param>
    /// <param name="options">Limits and leniency; <see cref="FilterParseOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>Whether the text is a valid filter within the limits.</returns>
    public static bool TryParse(
        string filter,
        [NotNullWhen(true)] out FilterExpression? expression,
        [NotNullWhen(false)] out string? error,
        FilterParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return FilterParser.TryParseFilter(filter, options ?? FilterParseOptions.Default, out expression, out error);
    }

    /// <summary>Binds a parsed filter to a resource type, for evaluation and translation.</summary>
    /// <param name="filter">The parsed filter.</param>
    /// <param name="resourceType">The resource type whose schemas the filter's attributes are resolved against.</param>
    /// <returns>The bound filter.</returns>
    /// <exception cref="ScimException">400 <c>invalidFilter</c>: an unknown attribute or schema, an attribute that is never
    /// returned (<c>password</c>), a value of the wrong type, or an operator the attribute's type does not support.</exception>
    public static BoundFilter Bind(FilterExpression filter, ResourceTypeDefinition resourceType)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(resourceType);
        return new BoundFilter(filter, resourceType, Binding.FilterBinder.Bind(filter, resourceType));
    }

    /// <summary>Binds a value filter to one element of a multi-valued attribute, for PATCH paths such as
    /// <c>emails[type eq "work"].value</c>. Paths inside the filter name sub-attributes of the attribute, or
    /// <c>value</c> for a multi-valued attribute of simple values.</summary>
    /// <param name="filter">The filter inside the brackets.</param>
    /// <param name="attribute">The multi-valued attribute (complex or simple).</param>
    /// <param name="resourceType">The resource type the attribute belongs to.</param>
    /// <returns>The bound filter.</returns>
    /// <exception cref="ScimException">400 <c>invalidFilter</c>: an unknown sub-attribute, a value of the wrong type, or an
    /// operator the sub-attribute's type does not support.</exception>
    public static BoundElementFilter BindValueFilter(FilterExpression filter, AttributeDefinition attribute, ResourceTypeDefinition resourceType)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(attribute);
        ArgumentNullException.ThrowIfNull(resourceType);
        if (attribute.Type == AttributeType.Complex)
        {
            return new BoundElementFilter(filter, attribute, Binding.FilterBinder.BindElementFilter(filter, resourceType, attribute), wrapsSimpleValues: false);
        }

        // A simple value is read as the "value" sub-attribute of a one-attribute complex value.
        var element = new AttributeDefinition(attribute.Name, AttributeType.Complex)
        {
            SubAttributes =
            [
                new AttributeDefinition("value", attribute.Type)
                {
                    CaseExact = attribute.CaseExact,
                    Returned = attribute.Returned,
                    ReferenceTypes = attribute.ReferenceTypes,
                },
            ],
        };
        return new BoundElementFilter(filter, attribute, Binding.FilterBinder.BindElementFilter(filter, resourceType, element), wrapsSimpleValues: true);
    }

    /// <summary>Resolves an attribute path (a <c>sortBy</c>) against a resource type with the rules filters use.</summary>
    /// <param name="path">The path.</param>
    /// <param name="resourceType">The resource type.</param>
    /// <returns>The resolved path.</returns>
    /// <exception cref="ScimException">400 <c>invalidFilter</c> for an attribute the resource type does not have or that
    /// is never returned.</exception>
    public static BoundAttributePath BindPath(AttributePath path, ResourceTypeDefinition resourceType)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(resourceType);
        return new BoundAttributePath(path, Binding.FilterBinder.Resolve(path, resourceType));
    }
}
