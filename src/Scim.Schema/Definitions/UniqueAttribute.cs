namespace Scim.Schema;

/// <summary>
/// An attribute of a resource type whose values must be unique (RFC 7643 §7 <c>uniqueness</c> <c>server</c> or
/// <c>global</c>). The library declares it; stores enforce it (a unique index, 409 <c>uniqueness</c> on conflict).
/// </summary>
/// <param name="Schema">The schema that declares the attribute (the core schema or an extension).</param>
/// <param name="Attribute">The attribute.</param>
public sealed record UniqueAttribute(SchemaDefinition Schema, AttributeDefinition Attribute)
{
    /// <summary>Whether the attribute belongs to an extension rather than the core schema.</summary>
    public bool IsExtension { get; init; }

    /// <summary>The attribute's path: <c>userName</c> for a core attribute, <c>urn:...:employeeNumber</c> for an extension's.</summary>
    public string Path => IsExtension ? Schema.Id + ":" + Attribute.Name : Attribute.Name;

    /// <summary>The uniqueness scope.</summary>
    public Uniqueness Uniqueness => Attribute.Uniqueness;

    /// <summary>Whether values compare case-sensitively (for <c>userName</c>: no, so <c>Alice</c> and <c>alice</c> collide).</summary>
    public bool CaseExact => Attribute.CaseExact;

    /// <inheritdoc />
    public override string ToString() => Path;
}
