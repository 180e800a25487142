namespace Scim.Schema;

/// <summary>
/// The common attributes every resource carries (RFC 7643 §3.1): <c>id</c>, <c>externalId</c> and <c>meta</c>.
/// They belong to no schema's attribute list but are addressable in filters, sorting and projection.
/// </summary>
public static class CommonAttributes
{
    /// <summary><c>id</c>: assigned by the service provider, case-exact, read-only, always returned, unique.</summary>
    public static AttributeDefinition Id { get; } = new("id")
    {
        Description = "A unique identifier for a SCIM resource as defined by the service provider.",
        CaseExact = true,
        Mutability = Mutability.ReadOnly,
        Returned = Returned.Always,
        Uniqueness = Uniqueness.Server,
    };

    /// <summary><c>externalId</c>: the provisioning client's identifier, case-exact.</summary>
    public static AttributeDefinition ExternalId { get; } = new("externalId")
    {
        Description = "A String that is an identifier for the resource as defined by the provisioning client.",
        CaseExact = true,
    };

    /// <summary><c>meta</c>: resource metadata maintained by the service provider.</summary>
    public static AttributeDefinition Meta { get; } = new("meta", AttributeType.Complex)
    {
        Description = "A complex attribute containing resource metadata.",
        Mutability = Mutability.ReadOnly,
        SubAttributes =
        [
            new("resourceType") { Description = "The name of the resource type of the resource.", CaseExact = true, Mutability = Mutability.ReadOnly },
            new("created", AttributeType.DateTime) { Description = "The DateTime that the resource was added to the service provider.", Mutability = Mutability.ReadOnly },
            new("lastModified", AttributeType.DateTime) { Description = "The most recent DateTime that the details of this resource were updated at the service provider.", Mutability = Mutability.ReadOnly },
            new("location", AttributeType.Reference) { Description = "The URI of the resource being returned.", Mutability = Mutability.ReadOnly, ReferenceTypes = ["uri"] },
            new("version") { Description = "The version of the resource being returned.", CaseExact = true, Mutability = Mutability.ReadOnly },
        ],
    };

    /// <summary>All common attributes.</summary>
    public static IReadOnlyList<AttributeDefinition> All { get; } = [Id, ExternalId, Meta];

    /// <summary>Finds a common attribute by name, case-insensitively.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>The attribute, or <see langword="null"/>.</returns>
    public static AttributeDefinition? Find(ReadOnlySpan<char> name)
    {
        if (name.Equals("id", StringComparison.OrdinalIgnoreCase))
        {
            return Id;
        }

        if (name.Equals("externalId", StringComparison.OrdinalIgnoreCase))
        {
            return ExternalId;
        }

        return name.Equals("meta", StringComparison.OrdinalIgnoreCase) ? Meta : null;
    }
}
