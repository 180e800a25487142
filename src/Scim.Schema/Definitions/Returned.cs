namespace Scim.Schema;

/// <summary>When an attribute is returned in a response (RFC 7643 §7 <c>returned</c>).</summary>
public enum Returned
{
    /// <summary>Returned by default, unless excluded with <c>excludedAttributes</c> or not listed in <c>attributes</c>.</summary>
    Default,

    /// <summary>Always returned, whatever <c>attributes</c> and <c>excludedAttributes</c> say.</summary>
    Always,

    /// <summary>Never returned.</summary>
    Never,

    /// <summary>Returned only when listed in <c>attributes</c>.</summary>
    Request,
}
