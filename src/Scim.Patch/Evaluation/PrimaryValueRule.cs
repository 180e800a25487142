using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// RFC 7643 §2.4: the <c>primary</c> value <c>true</c> appears at most once in a multi-valued attribute. When an
/// operation sets <c>primary: true</c> on a value, every other value loses its <c>primary</c>; among several values set
/// by one operation the last wins.
/// </summary>
internal static class PrimaryValueRule
{
    public static void Apply(AttributeDefinition attribute, List<ScimValue> items, IEnumerable<int> changed)
    {
        if (attribute.Type != AttributeType.Complex || attribute.FindSubAttribute("primary") is null)
        {
            return;
        }

        var winner = -1;
        foreach (var index in changed)
        {
            if (IsPrimary(items[index]))
            {
                winner = Math.Max(winner, index);
            }
        }

        if (winner < 0)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (i != winner && IsPrimary(items[i]))
            {
                items[i] = ((ScimComplex)items[i]).Without("primary");
            }
        }
    }

    private static bool IsPrimary(ScimValue value) => value is ScimComplex complex && complex.Find("primary") is ScimBoolean { Value: true };
}
