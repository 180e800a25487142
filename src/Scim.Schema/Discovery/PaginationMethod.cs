namespace Scim.Schema;

/// <summary>A pagination method (RFC 9865 <c>defaultPaginationMethod</c>).</summary>
public enum PaginationMethod
{
    /// <summary><c>index</c>: <c>startIndex</c> and <c>count</c> (RFC 7644 §3.4.2.4).</summary>
    Index,

    /// <summary><c>cursor</c>: <c>cursor</c> and <c>count</c> (RFC 9865).</summary>
    Cursor,
}
