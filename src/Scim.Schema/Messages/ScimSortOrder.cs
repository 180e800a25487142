namespace Scim.Schema;

/// <summary>The <c>sortOrder</c> of a query (RFC 7644 §3.4.2.3).</summary>
public enum ScimSortOrder
{
    /// <summary><c>ascending</c>, the default.</summary>
    Ascending,

    /// <summary><c>descending</c>.</summary>
    Descending,
}
