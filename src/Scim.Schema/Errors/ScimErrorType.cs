namespace Scim.Schema;

/// <summary>
/// The <c>scimType</c> keywords of RFC 7644 §3.12, used on 400 (and 409, 413) SCIM errors.
/// </summary>
public static class ScimErrorType
{
    /// <summary>The filter syntax is invalid or the filter names an attribute or operator that is not supported.</summary>
    public const string InvalidFilter = "invalidFilter";

    /// <summary>The filter would return more results than the server permits.</summary>
    public const string TooMany = "tooMany";

    /// <summary>A value conflicts with a unique attribute (409).</summary>
    public const string Uniqueness = "uniqueness";

    /// <summary>The request tried to modify an attribute that its mutability does not allow.</summary>
    public const string Mutability = "mutability";

    /// <summary>The request body is not parsable, is structurally wrong, or violates the schema.</summary>
    public const string InvalidSyntax = "invalidSyntax";

    /// <summary>The path attribute of a PATCH operation is invalid or malformed.</summary>
    public const string InvalidPath = "invalidPath";

    /// <summary>A PATCH path did not yield an attribute or value that could be operated on.</summary>
    public const string NoTarget = "noTarget";

    /// <summary>A required value is missing or a value is not compatible with the attribute's type.</summary>
    public const string InvalidValue = "invalidValue";

    /// <summary>The protocol version is not supported.</summary>
    public const string InvalidVersion = "invalidVers";

    /// <summary>The request cannot be completed because it would disclose sensitive information (for example a filter on <c>password</c> in a URL).</summary>
    public const string Sensitive = "sensitive";

    /// <summary>The cursor of a cursor-paged query is not valid (RFC 9865).</summary>
    public const string InvalidCursor = "invalidCursor";

    /// <summary>The cursor of a cursor-paged query has expired (RFC 9865).</summary>
    public const string ExpiredCursor = "expiredCursor";
}
