using System.Text;

namespace Scim.Filter;

/// <summary>
/// A parsed SCIM filter (RFC 7644 §3.4.2.2): an immutable tree of <see cref="ComparisonExpression"/>,
/// <see cref="PresentExpression"/>, <see cref="LogicalExpression"/>, <see cref="NotExpression"/> and
/// <see cref="ValuePathExpression"/> nodes. The hierarchy is closed. Equality is structural (attribute names ignore
/// case, string values do not) and <see cref="ToString"/> prints the canonical form, which parses back to an equal tree.
/// </summary>
public abstract class FilterExpression : IEquatable<FilterExpression>
{
    private protected FilterExpression()
    {
    }

    /// <summary>How tightly this node binds when printed: <c>or</c> 1, <c>and</c> 2, everything else 3.</summary>
    internal abstract int Precedence { get; }

    /// <summary>Dispatches to the visitor method for this node type.</summary>
    /// <typeparam name="TResult">The visitor's result type.</typeparam>
    /// <param name="visitor">The visitor.</param>
    /// <returns>What the visitor returns for this node.</returns>
    public abstract TResult Accept<TResult>(FilterVisitor<TResult> visitor);

    /// <summary>Structural equality.</summary>
    /// <param name="other">The expression to compare with.</param>
    public abstract bool Equals(FilterExpression? other);

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => Equals(obj as FilterExpression);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>The canonical filter text: lowercase operators, minimal parentheses, JSON-escaped strings.</summary>
    public sealed override string ToString()
    {
        var builder = new StringBuilder();
        WriteTo(builder);
        return builder.ToString();
    }

    /// <summary>Appends the canonical text of this node.</summary>
    internal abstract void WriteTo(StringBuilder builder);
}
