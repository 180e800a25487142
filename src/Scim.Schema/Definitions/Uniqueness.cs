namespace Scim.Schema;

/// <summary>How the service provider enforces uniqueness of an attribute's values (RFC 7643 §7 <c>uniqueness</c>).</summary>
public enum Uniqueness
{
    /// <summary>Values need not be unique (the default).</summary>
    None,

    /// <summary>Values must be unique within the service provider's tenant (the current set of resources of this type).</summary>
    Server,

    /// <summary>Values must be globally unique.</summary>
    Global,
}
