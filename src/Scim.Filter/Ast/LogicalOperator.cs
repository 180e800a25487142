namespace Scim.Filter;

/// <summary>The binary logical operators of a filter.</summary>
public enum LogicalOperator
{
    /// <summary><c>and</c>: binds tighter than <c>or</c>.</summary>
    And,

    /// <summary><c>or</c>: binds loosest.</summary>
    Or,
}
