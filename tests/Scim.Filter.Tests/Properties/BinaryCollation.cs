using System.Linq.Expressions;
using System.Reflection;

namespace Scim.Filter.Tests.Properties;

/// <summary>
/// Runs a translated predicate as a database with a binary collation would (SQLite's default, PostgreSQL's "C"):
/// <c>string.Compare(a, b)</c> ordinally and <c>ToLower()</c> culture-independently. Compiled as LINQ to objects both
/// follow the current culture, which no database does; the EF Core agreement tests check the real providers.
/// </summary>
internal sealed class BinaryCollation : ExpressionVisitor
{
    private static readonly MethodInfo Compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo CompareOrdinal = typeof(string).GetMethod(nameof(string.CompareOrdinal), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo ToLowerInvariant = typeof(string).GetMethod(nameof(string.ToLowerInvariant), Type.EmptyTypes)!;

    public static Expression<Func<T, bool>> Apply<T>(Expression<Func<T, bool>> predicate) =>
        (Expression<Func<T, bool>>)new BinaryCollation().Visit(predicate);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method == Compare)
        {
            return Expression.Call(CompareOrdinal, Visit(node.Arguments[0]), Visit(node.Arguments[1]));
        }

        if (node.Method == ToLower)
        {
            return Expression.Call(Visit(node.Object), ToLowerInvariant);
        }

        return base.VisitMethodCall(node);
    }
}
