namespace Scim.Schema;

/// <summary>
/// One resolved name of an <c>attributes</c> or <c>excludedAttributes</c> list: a whole schema (an extension URN), a
/// top-level attribute, or a sub-attribute. Common attributes (<c>id</c>, <c>externalId</c>, <c>meta</c>) belong
/// to the core schema's namespace.
/// </summary>
/// <param name="Schema">The schema the name lives in.</param>
/// <param name="Attribute">The attribute, or <see langword="null"/> when the whole schema is named.</param>
/// <param name="SubAttribute">The sub-attribute, or <see langword="null"/>.</param>
internal readonly record struct ProjectionPath(SchemaDefinition Schema, AttributeDefinition? Attribute, AttributeDefinition? SubAttribute)
{
    /// <summary>
    /// Resolves <c>[urn:...:]attr[.sub]</c> against a resource type, case-insensitively. Projection paths carry no
    /// filters. Unknown schemas, attributes and sub-attributes do not resolve.
    /// </summary>
    public static bool TryResolve(ResourceTypeDefinition type, ReadOnlySpan<char> text, out ProjectionPath path)
    {
        path = default;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }

        var schema = type.Schema;
        var attributePart = text;
        if (text.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            var whole = FindSchema(type, text);
            if (whole is not null)
            {
                path = new ProjectionPath(whole, null, null);
                return true;
            }

            var colon = text.LastIndexOf(':');
            var found = FindSchema(type, text[..colon]);
            if (found is null)
            {
                return false;
            }

            schema = found;
            attributePart = text[(colon + 1)..];
        }

        var dot = attributePart.IndexOf('.');
        var attributeName = dot < 0 ? attributePart : attributePart[..dot];
        var attribute = schema.FindAttribute(attributeName)
            ?? (ReferenceEquals(schema, type.Schema) ? CommonAttributes.Find(attributeName) : null);
        if (attribute is null)
        {
            return false;
        }

        if (dot < 0)
        {
            path = new ProjectionPath(schema, attribute, null);
            return true;
        }

        var subAttribute = attribute.FindSubAttribute(attributePart[(dot + 1)..]);
        if (subAttribute is null)
        {
            return false;
        }

        path = new ProjectionPath(schema, attribute, subAttribute);
        return true;
    }

    private static SchemaDefinition? FindSchema(ResourceTypeDefinition type, ReadOnlySpan<char> urn) =>
        urn.Equals(type.Schema.Id, StringComparison.OrdinalIgnoreCase) ? type.Schema : type.FindExtension(urn);
}
