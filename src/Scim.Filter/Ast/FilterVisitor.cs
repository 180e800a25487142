namespace Scim.Filter;

/// <summary>
/// Visits a <see cref="FilterExpression"/> tree, one method per node type; derive from it to translate or evaluate
/// filters. Start with <see cref="Visit"/>.
/// </summary>
/// <typeparam name="TResult">What each visit returns.</typeparam>
public abstract class FilterVisitor<TResult>
{
    /// <summary>Visits <paramref name="expression"/> by dispatching on its type.</summary>
    /// <param name="expression">The node to visit.</param>
    /// <returns>The result for the node.</returns>
    public TResult Visit(FilterExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return expression.Accept(this);
    }

    /// <summary>Visits a comparison.</summary>
    /// <param name="expression">The node.</param>
    /// <returns>The result for the node.</returns>
    public abstract TResult VisitComparison(ComparisonExpression expression);

    /// <summary>Visits a presence test.</summary>
    /// <param name="expression">The node.</param>
    /// <returns>The result for the node.</returns>
    public abstract TResult VisitPresent(PresentExpression expression);

    /// <summary>Visits an <c>and</c> or <c>or</c>.</summary>
    /// <param name="expression">The node.</param>
    /// <returns>The result for the node.</returns>
    public abstract TResult VisitLogical(LogicalExpression expression);

    /// <summary>Visits a <c>not</c>.</summary>
    /// <param name="expression">The node.</param>
    /// <returns>The result for the node.</returns>
    public abstract TResult VisitNot(NotExpression expression);

    /// <summary>Visits a value filter.</summary>
    /// <param name="expression">The node.</param>
    /// <returns>The result for the node.</returns>
    public abstract TResult VisitValuePath(ValuePathExpression expression);
}
