using Scim.Filter.Binding;
using Scim.Filter.Evaluation;
using Scim.Schema;

namespace Scim.Filter;

/// <summary>
/// An attribute path (<c>userName</c>, <c>name.familyName</c>, <c>emails</c>, a URN-qualified extension attribute)
/// resolved against a resource type by <see cref="ScimFilter.BindPath"/> with the same rules as filters, for
/// sorting (RFC 7644 §3.4.2.3).
/// </summary>
public sealed class BoundAttributePath
{
    private readonly ResolvedAttribute _resolved;

    internal BoundAttributePath(AttributePath path, ResolvedAttribute resolved)
    {
        Path = path;
        _resolved = resolved;
    }

    /// <summary>The path as written.</summary>
    public AttributePath Path { get; }

    /// <summary>The attribute whose type and <c>caseExact</c> the values have: the sub-attribute, or <c>value</c> of a
    /// complex attribute named without one (<c>emails</c> reads <c>emails.value</c>).</summary>
    public AttributeDefinition Target => _resolved.Target;

    /// <summary>The value a resource sorts by: for a multi-valued attribute the value of its primary element, else of
    /// its first element; <see langword="null"/> when the resource has none.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>The value (of <see cref="Target"/>'s type), or <see langword="null"/>.</returns>
    public ScimValue? SortValue(ScimResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var value = FilterEvaluator.Read(_resolved, resource.Attributes, resource);
        if (value is ScimMultiValue values)
        {
            value = values.Count == 0 ? null : values[0];
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is ScimComplex element && element.Find("primary") is ScimBoolean { Value: true })
                {
                    value = element;
                    break;
                }
            }
        }

        return FilterEvaluator.Select(value, _resolved.SubAttribute);
    }

    /// <summary>The path as written.</summary>
    public override string ToString() => Path.ToString();
}
