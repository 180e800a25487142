namespace Scim.Schema;

/// <summary>What one projection list says about one attribute: named whole, and/or some of its sub-attributes.</summary>
internal sealed class AttributeSelection
{
    /// <summary>Whether the attribute itself (or its whole schema) is named.</summary>
    public bool Whole { get; set; }

    /// <summary>The sub-attributes named, by schema spelling, compared case-insensitively.</summary>
    public HashSet<string> SubAttributes { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a sub-attribute is named.</summary>
    public bool Names(AttributeDefinition subAttribute) => SubAttributes.Contains(subAttribute.Name);
}
