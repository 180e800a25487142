namespace Scim.Schema;

/// <summary>A schema extension of a resource type (RFC 7643 §6 <c>schemaExtensions</c>).</summary>
/// <param name="Schema">The extension schema.</param>
/// <param name="Required">Whether every resource of the type must carry the extension.</param>
public sealed record SchemaExtensionReference(SchemaDefinition Schema, bool Required);
