using System.Collections.Frozen;
using Scim.Schema;

namespace Scim.Filter.Parsing;

/// <summary>
/// Shared <see cref="AttributePath"/> instances for the attribute names of the RFC 7643 core schemas, spelled exactly
/// as the RFC spells them (<c>userName</c>, <c>emails</c>, <c>name.familyName</c>, ...). Paths are immutable, so the
/// parser hands out these instead of allocating a path and a name string per occurrence; any other spelling is
/// allocated as written, so the canonical form keeps the client's spelling.
/// </summary>
internal static class WellKnownAttributePaths
{
    private static readonly FrozenDictionary<string, AttributePath>.AlternateLookup<ReadOnlySpan<char>> Lookup = Build();

    /// <summary>Finds the shared path spelled exactly <paramref name="text"/>, or <see langword="null"/>.</summary>
    public static AttributePath? Find(ReadOnlySpan<char> text) => Lookup.TryGetValue(text, out var path) ? path : null;

    private static FrozenDictionary<string, AttributePath>.AlternateLookup<ReadOnlySpan<char>> Build()
    {
        var paths = new Dictionary<string, AttributePath>(StringComparer.Ordinal) { ["schemas"] = new AttributePath("schemas") };
        var attributes = CoreSchemas.User.Attributes
            .Concat(CoreSchemas.Group.Attributes)
            .Concat(CoreSchemas.EnterpriseUser.Attributes)
            .Concat(CommonAttributes.All);
        foreach (var attribute in attributes)
        {
            if (!AttributeNameSyntax.IsAttributeName(attribute.Name))
            {
                continue;
            }

            paths.TryAdd(attribute.Name, new AttributePath(attribute.Name));
            foreach (var subAttribute in attribute.SubAttributes)
            {
                if (AttributeNameSyntax.IsAttributeName(subAttribute.Name))
                {
                    paths.TryAdd(subAttribute.Name, new AttributePath(subAttribute.Name));
                    paths.TryAdd(attribute.Name + "." + subAttribute.Name, new AttributePath(null, attribute.Name, subAttribute.Name));
                }
            }
        }

        return paths.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
