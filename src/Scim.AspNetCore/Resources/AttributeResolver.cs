using Scim.Filter;
using Scim.Schema;

namespace Scim.AspNetCore;

/// <summary>Finds the definition an attribute path names in a resource type (core, common or extension attribute).</summary>
internal static class AttributeResolver
{
    public static AttributeDefinition? Resolve(ResourceTypeDefinition type, AttributePath path, out AttributeDefinition? subAttribute)
    {
        subAttribute = null;
        AttributeDefinition? attribute;
        if (path.SchemaUrn is null)
        {
            attribute = type.Schema.FindAttribute(path.Name) ?? CommonAttributes.Find(path.Name);
        }
        else
        {
            var schema = type.FindSchema(path.SchemaUrn);
            attribute = schema?.FindAttribute(path.Name);
            if (attribute is null && schema is not null && ReferenceEquals(schema, type.Schema))
            {
                attribute = CommonAttributes.Find(path.Name);
            }
        }

        if (attribute is not null && path.SubAttribute is not null)
        {
            subAttribute = attribute.FindSubAttribute(path.SubAttribute);
            if (subAttribute is null)
            {
                return null;
            }
        }

        return attribute;
    }
}
