namespace Scim.Filter;

/// <summary>The attribute operators of RFC 7644 §3.4.2.2 that compare with a value (<c>pr</c> is <see cref="PresentExpression"/>).</summary>
public enum ComparisonOperator
{
    /// <summary><c>eq</c>: equal.</summary>
    Equal,

    /// <summary><c>ne</c>: not equal.</summary>
    NotEqual,

    /// <summary><c>co</c>: contains (strings and references).</summary>
    Contains,

    /// <summary><c>sw</c>: starts with (strings and references).</summary>
    StartsWith,

    /// <summary><c>ew</c>: ends with (strings and references).</summary>
    EndsWith,

    /// <summary><c>gt</c>: greater than.</summary>
    GreaterThan,

    /// <summary><c>ge</c>: greater than or equal.</summary>
    GreaterThanOrEqual,

    /// <summary><c>lt</c>: less than.</summary>
    LessThan,

    /// <summary><c>le</c>: less than or equal.</summary>
    LessThanOrEqual,
}
