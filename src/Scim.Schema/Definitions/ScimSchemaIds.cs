namespace Scim.Schema;

/// <summary>The schema and message URNs of RFC 7643 and RFC 7644.</summary>
public static class ScimSchemaIds
{
    /// <summary>The core User schema.</summary>
    public const string User = "urn:ietf:params:scim:schemas:core:2.0:User";

    /// <summary>The core Group schema.</summary>
    public const string Group = "urn:ietf:params:scim:schemas:core:2.0:Group";

    /// <summary>The Enterprise User extension.</summary>
    public const string EnterpriseUser = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    /// <summary>The ServiceProviderConfig schema.</summary>
    public const string ServiceProviderConfig = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";

    /// <summary>The ResourceType schema.</summary>
    public const string ResourceType = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";

    /// <summary>The Schema schema.</summary>
    public const string Schema = "urn:ietf:params:scim:schemas:core:2.0:Schema";

    /// <summary>The ListResponse message.</summary>
    public const string ListResponse = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    /// <summary>The SearchRequest message.</summary>
    public const string SearchRequest = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";

    /// <summary>The PatchOp message.</summary>
    public const string PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    /// <summary>The BulkRequest message.</summary>
    public const string BulkRequest = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

    /// <summary>The BulkResponse message.</summary>
    public const string BulkResponse = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";

    /// <summary>The Error message.</summary>
    public const string Error = "urn:ietf:params:scim:api:messages:2.0:Error";
}
