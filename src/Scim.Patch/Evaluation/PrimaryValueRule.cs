using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// RFC 7643 §2.4: the <c>primary</c> value <c>true</c> appears at most once in a multi-valued attribute. When an
/// operation sets <c>primary: true</c> on a value, every other value loses its <c>primary</c>; among several values set
/// by one operation the last wins.
/// </summary>
internal static class PrimaryValueRule
{
    /// <summary>Applies the rule after the values at the <paramref name="changed"/> indices were set.</summary>
    public static void Apply(AttributeDefinition attribute, List<ScimValue> items, ReadOnlySpan<int> changed)
    {
        if (!HasPrimary(attribute))
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

        KeepOnly(items, winner);
    }

    /// <summary>Applies the rule after every value was set (a replace of the whole list, a sub-attribute of every value).</summary>
    public static void ApplyToAll(AttributeDefinition attribute, List<ScimValue> items)
    {
        if (!HasPrimary(attribute))
        {
            return;
        }

        var winner = -1;
        for (var i = items.Count - 1; i >= 0; i--)
        {
            if (IsPrimary(items[i]))
            {
                winner = i;
                break;
            }
        }

        KeepOnly(items, winner);
    }

    private static bool HasPrimary(AttributeDefinition attribute) =>
        attribute.Type == AttributeType.Complex && attribute.FindSubAttribute("primary") is not null;

    private static void KeepOnly(List<ScimValue> items, int winner)
    {
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
