using System.Runtime.CompilerServices;
using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// Single-valued twins of multi-valued attributes, so that the value of <c>replace emails[type eq "work"]</c> (one
/// element) is typed by the schema reader exactly like one element of the list.
/// </summary>
internal static class SingleElementDefinitions
{
    private static readonly ConditionalWeakTable<AttributeDefinition, AttributeDefinition> Cache = [];

    public static AttributeDefinition Of(AttributeDefinition attribute)
    {
        if (!attribute.MultiValued)
        {
            return attribute;
        }

        return Cache.GetValue(attribute, static a => new AttributeDefinition(a.Name, a.Type)
        {
            MultiValued = false,
            Description = a.Description,
            Required = a.Required,
            CaseExact = a.CaseExact,
            Mutability = a.Mutability,
            Returned = a.Returned,
            Uniqueness = a.Uniqueness,
            CanonicalValues = a.CanonicalValues,
            CanonicalValuesEnforced = a.CanonicalValuesEnforced,
            ReferenceTypes = a.ReferenceTypes,
            SubAttributes = a.SubAttributes,
        });
    }
}
