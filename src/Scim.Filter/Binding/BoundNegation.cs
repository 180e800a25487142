namespace Scim.Filter.Binding;

/// <summary><c>not</c>, and <c>ne</c> / <c>ne null</c> bound as the negation of <c>eq</c> / <c>eq null</c>.</summary>
internal sealed class BoundNegation(BoundNode operand) : BoundNode
{
    /// <summary>The negated node.</summary>
    public BoundNode Operand { get; } = operand;
}
