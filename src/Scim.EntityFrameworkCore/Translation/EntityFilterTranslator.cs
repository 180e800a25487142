using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Scim.Abstractions;
using Scim.Filter;
using Scim.Schema;

namespace Scim.EntityFrameworkCore;

/// <summary>
/// Translates a filter AST into a LINQ predicate over an entity type that EF Core turns into SQL: comparisons on
/// mapped columns (case-insensitive attributes on their comparison-key columns, literals folded the same way),
/// multi-valued attributes as <c>EXISTS</c> over child rows. Literals become parameters. Attributes with no column
/// are refused with 400 <c>invalidFilter</c>: nothing is ever evaluated on the client.
/// </summary>
/// <remarks>
/// The semantics match the in-memory store exactly: a multi-valued attribute matches when any value does;
/// <c>ne</c> is the negation of <c>eq</c> (so an absent value is "not equal"); <c>pr</c> means a non-empty value;
/// comparisons across types (a string with <c>true</c>, ordering on booleans) are false.
/// </remarks>
internal sealed class EntityFilterTranslator<TEntity> : FilterVisitor<Expression>
    where TEntity : ScimResourceEntity
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo AnyMethod = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2);

    private readonly EntityFilterMap<TEntity> _map;
    private readonly Expression _scope;
    private readonly CollectionMap? _collection;

    private EntityFilterTranslator(EntityFilterMap<TEntity> map, Expression scope, CollectionMap? collection)
    {
        _map = map;
        _scope = scope;
        _collection = collection;
    }

    /// <summary>Translates a filter into a predicate.</summary>
    /// <exception cref="ScimException">400 <c>invalidFilter</c> for an attribute the store cannot filter on.</exception>
    public static Expression<Func<TEntity, bool>> Translate(FilterExpression filter, EntityFilterMap<TEntity> map)
    {
        var parameter = Expression.Parameter(typeof(TEntity), "e");
        var body = new EntityFilterTranslator<TEntity>(map, parameter, null).Visit(filter);
        return Expression.Lambda<Func<TEntity, bool>>(body, parameter);
    }

    public override Expression VisitLogical(LogicalExpression expression) => expression.Operator == LogicalOperator.And
        ? Expression.AndAlso(Visit(expression.Left), Visit(expression.Right))
        : Expression.OrElse(Visit(expression.Left), Visit(expression.Right));

    public override Expression VisitNot(NotExpression expression) => Expression.Not(Visit(expression.Operand));

    public override Expression VisitPresent(PresentExpression expression) =>
        OnTarget(expression.Path, Present);

    public override Expression VisitComparison(ComparisonExpression expression)
    {
        var literal = expression.Value;
        if (literal.Kind == FilterLiteralKind.Null)
        {
            var present = VisitPresent(new PresentExpression(expression.Path));
            return expression.Operator == ComparisonOperator.NotEqual ? present : Expression.Not(present);
        }

        if (expression.Operator == ComparisonOperator.NotEqual)
        {
            return Expression.Not(OnTarget(expression.Path, column => Compare(column, ComparisonOperator.Equal, literal)));
        }

        return OnTarget(expression.Path, column => Compare(column, expression.Operator, literal));
    }

    public override Expression VisitValuePath(ValuePathExpression expression)
    {
        var collection = _collection is null ? _map.FindCollection(expression.Path) : null;
        if (collection is null)
        {
            throw Unsupported(expression.Path);
        }

        var child = Expression.Parameter(collection.ChildType, "v");
        var inner = new EntityFilterTranslator<TEntity>(_map, child, collection).Visit(expression.Filter);
        return Any(collection, child, inner);
    }

    /// <summary>Builds the test for the column a path names; on a multi-valued attribute, as "any value passes".</summary>
    private Expression OnTarget(AttributePath path, Func<(Expression Column, ColumnMap Map), Expression> test)
    {
        if (_collection is not null)
        {
            // Inside a value filter: the path names a sub-attribute of one row.
            if (path.SubAttribute is not null || !_collection.SubAttributes.TryGetValue(path.Name, out var sub))
            {
                throw Unsupported(path);
            }

            return test((Bind(sub, _scope), sub));
        }

        if (_map.FindCollection(path) is { } collection)
        {
            if (!collection.SubAttributes.TryGetValue(path.SubAttribute ?? "value", out var sub))
            {
                throw Unsupported(path);
            }

            var child = Expression.Parameter(collection.ChildType, "v");
            return Any(collection, child, test((Bind(sub, child), sub)));
        }

        var column = _map.FindColumn(path) ?? throw Unsupported(path);
        return test((Bind(column, _scope), column));
    }

    private Expression Any(CollectionMap collection, ParameterExpression child, Expression predicate)
    {
        var rows = Bind(collection.Selector, _scope);
        return Expression.Call(AnyMethod.MakeGenericMethod(collection.ChildType), rows, Expression.Lambda(predicate, child));
    }

    private static Expression Bind(ColumnMap column, Expression scope) => Bind(column.Selector, scope);

    private static Expression Bind(LambdaExpression selector, Expression scope) =>
        new ParameterReplacer(selector.Parameters[0], scope).Visit(selector.Body);

    private static Expression Present((Expression Column, ColumnMap Map) target)
    {
        var (column, map) = target;
        if (!column.Type.IsValueType || Nullable.GetUnderlyingType(column.Type) is not null)
        {
            var notNull = Expression.NotEqual(column, Expression.Constant(null, column.Type));
            return map.Kind == ColumnKind.Text
                ? Expression.AndAlso(notNull, Expression.NotEqual(column, Expression.Constant(string.Empty)))
                : notNull;
        }

        return Expression.Constant(true);
    }

    private static Expression Compare((Expression Column, ColumnMap Map) target, ComparisonOperator op, FilterLiteral literal)
    {
        var (column, map) = target;
        switch (map.Kind)
        {
            case ColumnKind.Text when literal.Kind == FilterLiteralKind.String:
                var text = map.Folded ? ScimUniqueness.ComparisonKey(literal.StringValue) : literal.StringValue;
                var parameter = Parameter(text);
                return op switch
                {
                    ComparisonOperator.Equal => Expression.Equal(column, parameter),
                    ComparisonOperator.Contains => NotNullAnd(column, Expression.Call(column, StringContains, parameter)),
                    ComparisonOperator.StartsWith => NotNullAnd(column, Expression.Call(column, StringStartsWith, parameter)),
                    ComparisonOperator.EndsWith => NotNullAnd(column, Expression.Call(column, StringEndsWith, parameter)),
                    _ => Order(Expression.Call(StringCompare, column, parameter), Expression.Constant(0), op),
                };
            case ColumnKind.Boolean when literal.Kind == FilterLiteralKind.Boolean:
                return op == ComparisonOperator.Equal
                    ? Expression.Equal(column, Expression.Convert(Parameter(literal.BooleanValue), column.Type))
                    : Expression.Constant(false);
            case ColumnKind.DateTime when literal.Kind == FilterLiteralKind.String
                && DateTimeOffset.TryParse(literal.StringValue, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                && op is not (ComparisonOperator.Contains or ComparisonOperator.StartsWith or ComparisonOperator.EndsWith):
                return Order(column, Expression.Convert(Parameter(instant.UtcDateTime), column.Type), op);
            default:
                return Expression.Constant(false);
        }
    }

    private static Expression NotNullAnd(Expression column, Expression test) =>
        Expression.AndAlso(Expression.NotEqual(column, Expression.Constant(null, column.Type)), test);

    private static Expression Order(Expression left, Expression right, ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => Expression.Equal(left, right),
        ComparisonOperator.GreaterThan => Expression.GreaterThan(left, right),
        ComparisonOperator.GreaterThanOrEqual => Expression.GreaterThanOrEqual(left, right),
        ComparisonOperator.LessThan => Expression.LessThan(left, right),
        ComparisonOperator.LessThanOrEqual => Expression.LessThanOrEqual(left, right),
        _ => Expression.Constant(false),
    };

    /// <summary>A value EF Core sends as a SQL parameter (a closure member), never inlined into the SQL text.</summary>
    internal static Expression Parameter<T>(T value) =>
        Expression.Property(Expression.Constant(new ParameterBox<T>(value)), nameof(ParameterBox<T>.Value));

    private static ScimException Unsupported(AttributePath path) =>
        ScimException.InvalidFilter($"This service cannot filter on '{Truncate(path.ToString())}'.");

    private static string Truncate(string text) => text.Length <= 100 ? text : text[..100] + "...";

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
    }
}
