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
    private static readonly Entry[][] ByLength = Build();

    /// <summary>Finds the shared path spelled exactly <paramref name="text"/>, or <see langword="null"/>.</summary>
    public static AttributePath? Find(ReadOnlySpan<char> text)
    {
        // Bucketed by length, then the first character checked before the rest: a few compares of short strings,
        // cheaper than hashing the text as a dictionary does (this runs for every attribute of every filter).
        if (text.Length >= ByLength.Length)
        {
            return null;
        }

        foreach (var candidate in ByLength[text.Length])
        {
            if (candidate.Text[0] == text[0] && text.SequenceEqual(candidate.Text))
            {
                return candidate.Path;
            }
        }

        return null;
    }

    private static Entry[][] Build()
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

        var longest = paths.Keys.Max(key => key.Length);
        var byLength = new Entry[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            byLength[length] = [.. paths.Where(entry => entry.Key.Length == length).Select(entry => new Entry(entry.Key, entry.Value))];
        }

        return byLength;
    }

    private readonly record struct Entry(string Text, AttributePath Path);
}
