namespace Scim.Schema;

/// <summary>Whether and how an attribute can be changed (RFC 7643 §7 <c>mutability</c>).</summary>
public enum Mutability
{
    /// <summary>The attribute may be updated and read at any time (the default).</summary>
    ReadWrite,

    /// <summary>The attribute cannot be modified by a client; values sent by clients are ignored on create and replace.</summary>
    ReadOnly,

    /// <summary>The attribute may be set when it has no value (on create, or later while unset) and never changed afterwards.</summary>
    Immutable,

    /// <summary>The attribute may be updated at any time but is never returned (for example <c>password</c>).</summary>
    WriteOnly,
}
