using System.Linq.Expressions;

namespace Scim.Filter.Linq;

/// <summary>Inlines a member lambda's body onto another parameter: <c>u => u.UserName</c> applied to <c>x</c> gives <c>x.UserName</c>.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    public static Expression Apply(LambdaExpression lambda, Expression argument) =>
        new ParameterReplacer(lambda.Parameters[0], argument).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
