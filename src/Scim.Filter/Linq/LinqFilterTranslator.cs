using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Scim.Filter.Binding;
using Scim.Schema;

namespace Scim.Filter.Linq;

/// <summary>
/// Translates a bound filter into a LINQ expression over an entity type through a <see cref="MappingTable"/>, with the
/// same semantics as in-memory evaluation: multi-valued attributes become <c>Any(...)</c>, absent values match nothing
/// (so <c>ne</c>, bound as <c>not eq</c>, matches them). Strings that are not caseExact compare their
/// <see cref="ScimStringNormalization"/> normal forms: the member mapped as <c>normalized</c> (which must hold that
/// form) against the normalised filter value; without such a member, <c>member.ToLower()</c> against the normalised
/// value, which agrees exactly for ASCII data (whose normal form is its lower-case form). Only methods LINQ providers
/// translate to SQL are used: <c>==</c>, <c>Contains</c>/<c>StartsWith</c>/<c>EndsWith</c> (EF Core escapes
/// <c>%</c> and <c>_</c>), <c>string.Compare(a, b)</c> for ordering (the database's collation decides; a binary/ordinal
/// collation agrees with in-memory evaluation) and <c>ToLower()</c>. Anything the mapping cannot express is an
/// <c>invalidFilter</c> error, never a silent in-memory fallback.
/// </summary>
/// <remarks>Compiled and run as LINQ to objects, <c>string.Compare</c> and <c>ToLower()</c> follow the current culture;
/// evaluate in memory with <see cref="BoundFilter.Matches"/> instead.</remarks>
internal sealed class LinqFilterTranslator
{
    private static readonly MethodInfo ToLowerMethod = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo ContainsMethod = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StartsWithMethod = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo EndsWithMethod = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo CompareMethod = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo AnyMethod = typeof(Enumerable).GetMethods()
        .Single(method => method.Name == nameof(Enumerable.Any) && method.GetParameters().Length == 1);
    private static readonly MethodInfo AnyWithPredicateMethod = typeof(Enumerable).GetMethods()
        .Single(method => method.Name == nameof(Enumerable.Any) && method.GetParameters().Length == 2);

    private static readonly Type[] SupportedTypes =
    [
        typeof(string), typeof(bool), typeof(short), typeof(int), typeof(long), typeof(float), typeof(double), typeof(decimal),
        typeof(DateTime), typeof(DateTimeOffset), typeof(Guid),
    ];

    private readonly ResolvedMappings _resolved;

    public LinqFilterTranslator(MappingTable table, ResolvedMappings resolved)
    {
        Root = table;
        _resolved = resolved;
    }

    public LinqFilterTranslator(MappingTable table, ResourceTypeDefinition resourceType)
        : this(table, ResolvedMappings.Resolve(table, resourceType))
    {
    }

    private MappingTable Root { get; }

    public static bool IsSupportedMemberType(Type type) => Array.IndexOf(SupportedTypes, Nullable.GetUnderlyingType(type) ?? type) >= 0;

    /// <summary>The member a single-valued attribute sorts by: its normalised member when it is not caseExact and one
    /// is mapped, else its member; <see langword="null"/> when the path is unknown, multi-valued or not mapped.</summary>
    public LambdaExpression? FindSortMember(AttributePath path, ResourceTypeDefinition resourceType)
    {
        if (!TryResolve(path, resourceType, out var resolved) || resolved.Attribute.MultiValued)
        {
            return null;
        }

        var mapping = FindMember(resolved.Attribute, resolved.SubAttribute);
        if (mapping is null)
        {
            return null;
        }

        var target = resolved.Target;
        return !target.CaseExact && target.Type is AttributeType.String or AttributeType.Reference && mapping.Normalized is not null
            ? mapping.Normalized
            : mapping.Member;
    }

    public Expression Translate(BoundNode node, ParameterExpression parameter) => Translate(node, new Scope(Root, parameter, null, IsElement: false));

    internal static bool TryResolve(AttributePath path, ResourceTypeDefinition resourceType, out ResolvedAttribute resolved)
    {
        try
        {
            resolved = FilterBinder.Resolve(path, resourceType);
            return true;
        }
        catch (ScimException)
        {
            resolved = null!;
            return false;
        }
    }

    private static ScimException Unsupported(string attribute) =>
        ScimException.InvalidFilter($"Filtering on `{attribute}` is not supported by this service provider.");

    private static Expression Captured(Type type, object value)
    {
        var holder = Activator.CreateInstance(typeof(CapturedValue<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(holder), "Value");
    }

    private static Expression Present(Expression member)
    {
        if (member.Type == typeof(string))
        {
            return Expression.AndAlso(
                Expression.NotEqual(member, Expression.Constant(null, typeof(string))),
                Expression.NotEqual(member, Expression.Constant(string.Empty)));
        }

        return member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) is null
            ? Expression.Constant(true)
            : Expression.NotEqual(member, Expression.Constant(null, member.Type));
    }

    private static Expression Order(Expression comparison, ComparisonOperator @operator, Expression zero) => @operator switch
    {
        ComparisonOperator.Equal => Expression.Equal(comparison, zero),
        ComparisonOperator.GreaterThan => Expression.GreaterThan(comparison, zero),
        ComparisonOperator.GreaterThanOrEqual => Expression.GreaterThanOrEqual(comparison, zero),
        ComparisonOperator.LessThan => Expression.LessThan(comparison, zero),
        ComparisonOperator.LessThanOrEqual => Expression.LessThanOrEqual(comparison, zero),
        _ => throw new InvalidOperationException($"Operator {@operator} is not an ordering."),
    };

    private static Expression Compare(Expression member, Expression? normalized, BoundComparison comparison)
    {
        var value = comparison.Value;
        var memberType = member.Type;
        var underlying = Nullable.GetUnderlyingType(memberType) ?? memberType;
        var name = comparison.Attribute.DisplayName;
        switch (value.Type)
        {
            case AttributeType.String or AttributeType.Reference or AttributeType.Binary when underlying == typeof(Guid):
                if (comparison.Operator != ComparisonOperator.Equal)
                {
                    throw Unsupported(name);
                }

                return Guid.TryParse(value.Text, out var guid)
                    ? Expression.Equal(member, Captured(memberType, guid))
                    : Expression.Constant(false);
            case AttributeType.String or AttributeType.Reference or AttributeType.Binary when underlying == typeof(string):
                return CompareText(member, normalized, comparison);
            case AttributeType.Boolean when underlying == typeof(bool):
                return Expression.Equal(member, Captured(memberType, value.Boolean));
            case AttributeType.Integer or AttributeType.Decimal when underlying != typeof(string) && underlying != typeof(bool)
                && underlying != typeof(Guid) && underlying != typeof(DateTime) && underlying != typeof(DateTimeOffset):
                object number;
                try
                {
                    number = value.Type == AttributeType.Integer
                        ? System.Convert.ChangeType(value.Integer, underlying, CultureInfo.InvariantCulture)
                        : System.Convert.ChangeType(value.Decimal, underlying, CultureInfo.InvariantCulture);
                }
                catch (OverflowException)
                {
                    throw ScimException.InvalidFilter($"The value compared with `{name}` is out of the range this service provider stores.");
                }

                if (value.Type == AttributeType.Decimal && underlying is { } integral && (integral == typeof(int) || integral == typeof(long) || integral == typeof(short))
                    && value.Decimal != decimal.Truncate(value.Decimal))
                {
                    throw Unsupported(name);
                }

                return Order(member, comparison.Operator, Captured(memberType, number));
            case AttributeType.DateTime when underlying == typeof(DateTimeOffset):
                return Order(member, comparison.Operator, Captured(memberType, value.DateTime));
            case AttributeType.DateTime when underlying == typeof(DateTime):
                return Order(member, comparison.Operator, Captured(memberType, value.DateTime.UtcDateTime));
            default:
                throw new InvalidOperationException(
                    $"The {value.Type} attribute `{name}` is mapped to a member of type {memberType.Name}, which cannot hold it.");
        }
    }

    private static Expression CompareText(Expression member, Expression? normalized, BoundComparison comparison)
    {
        var text = comparison.Value.Text!;
        Expression subject = member;
        var ignoreCase = !comparison.Attribute.Target.CaseExact && comparison.Value.Type != AttributeType.Binary;
        if (ignoreCase)
        {
            subject = normalized ?? Expression.Call(member, ToLowerMethod);
            text = comparison.Value.NormalizedText!;
        }

        var guarded = normalized is not null && ignoreCase ? normalized : member;
        var notNull = Expression.NotEqual(guarded, Expression.Constant(null, typeof(string)));
        var parameter = Captured(typeof(string), text);
        Expression test = comparison.Operator switch
        {
            ComparisonOperator.Equal => Expression.Equal(subject, parameter),
            ComparisonOperator.Contains => Expression.Call(subject, ContainsMethod, parameter),
            ComparisonOperator.StartsWith => Expression.Call(subject, StartsWithMethod, parameter),
            ComparisonOperator.EndsWith => Expression.Call(subject, EndsWithMethod, parameter),
            _ => Order(Expression.Call(CompareMethod, subject, parameter), comparison.Operator, Expression.Constant(0)),
        };
        return Expression.AndAlso(notNull, test);
    }

    private static Expression Any(Expression collection, Type elementType, LambdaExpression? predicate) =>
        predicate is null
            ? Expression.Call(AnyMethod.MakeGenericMethod(elementType), collection)
            : Expression.Call(AnyWithPredicateMethod.MakeGenericMethod(elementType), collection, predicate);

    private static MemberMapping? FindByName(MappingTable table, string name)
    {
        foreach (var member in table.Members)
        {
            if (member.Path.SchemaUrn is null && member.Path.SubAttribute is null
                && string.Equals(member.Path.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return member;
            }
        }

        return null;
    }

    private Expression Translate(BoundNode node, Scope scope) => node switch
    {
        BoundLogical logical => logical.Operator == LogicalOperator.And
            ? Expression.AndAlso(Translate(logical.Left, scope), Translate(logical.Right, scope))
            : Expression.OrElse(Translate(logical.Left, scope), Translate(logical.Right, scope)),
        BoundNegation negation => Expression.Not(Translate(negation.Operand, scope)),
        BoundComparison comparison => Leaf(comparison.Attribute, scope, (member, normalized) => Compare(member, normalized, comparison)),
        BoundPresence presence => TranslatePresence(presence.Attribute, scope),
        BoundValueFilter valueFilter => TranslateValueFilter(valueFilter, scope),
        _ => throw new InvalidOperationException($"Unknown bound node {node.GetType().Name}."),
    };

    private Expression TranslatePresence(ResolvedAttribute attribute, Scope scope)
    {
        if (!attribute.Relative && attribute.Attribute.MultiValued && attribute.SubAttribute is null)
        {
            var collection = FindCollection(attribute);
            return Any(ParameterReplacer.Apply(collection.Collection, scope.Target), collection.ElementType, null);
        }

        if (!attribute.Relative && attribute.SubAttribute is null && attribute.Attribute.Type == AttributeType.Complex)
        {
            throw Unsupported(attribute.DisplayName);
        }

        return Leaf(attribute, scope, (member, _) => Present(member));
    }

    private Expression TranslateValueFilter(BoundValueFilter valueFilter, Scope scope)
    {
        var attribute = valueFilter.Attribute;
        if (!attribute.Attribute.MultiValued)
        {
            return Translate(valueFilter.Filter, scope with { Parent = attribute.Attribute });
        }

        var collection = FindCollection(attribute);
        var element = Expression.Parameter(collection.ElementType, "value");
        var body = Translate(valueFilter.Filter, new Scope(collection.Elements, element, null, IsElement: true));
        return Any(ParameterReplacer.Apply(collection.Collection, scope.Target), collection.ElementType, Expression.Lambda(body, element));
    }

    private Expression Leaf(ResolvedAttribute attribute, Scope scope, Func<Expression, Expression?, Expression> build)
    {
        if (attribute.Relative && scope.IsElement)
        {
            var elementMember = FindByName(scope.Table, attribute.Attribute.Name) ?? throw Unsupported(attribute.DisplayName);
            return Build(elementMember, scope.Target, build);
        }

        if (attribute.Relative)
        {
            var parentMember = FindMember(scope.Parent!, attribute.Attribute) ?? throw Unsupported(scope.Parent!.Name + "." + attribute.Attribute.Name);
            return Build(parentMember, scope.Target, build);
        }

        if (attribute.Attribute.MultiValued)
        {
            var collection = FindCollection(attribute);
            if (attribute.SubAttribute is null)
            {
                throw Unsupported(attribute.DisplayName);
            }

            var element = Expression.Parameter(collection.ElementType, "value");
            var elementMember = FindByName(collection.Elements, attribute.SubAttribute.Name) ?? throw Unsupported(attribute.DisplayName);
            var body = Build(elementMember, element, build);
            return Any(ParameterReplacer.Apply(collection.Collection, scope.Target), collection.ElementType, Expression.Lambda(body, element));
        }

        var member = FindMember(attribute.Attribute, attribute.SubAttribute) ?? throw Unsupported(attribute.DisplayName);
        return Build(member, scope.Target, build);
    }

    private static Expression Build(MemberMapping mapping, Expression target, Func<Expression, Expression?, Expression> build) =>
        build(
            ParameterReplacer.Apply(mapping.Member, target),
            mapping.Normalized is null ? null : ParameterReplacer.Apply(mapping.Normalized, target));

    private MemberMapping? FindMember(AttributeDefinition attribute, AttributeDefinition? subAttribute)
    {
        foreach (var (resolved, mapping) in _resolved.Members)
        {
            if (ReferenceEquals(resolved.Attribute, attribute) && ReferenceEquals(resolved.SubAttribute, subAttribute))
            {
                return mapping;
            }
        }

        return null;
    }

    private CollectionMapping FindCollection(ResolvedAttribute attribute)
    {
        foreach (var (definition, mapping) in _resolved.Collections)
        {
            if (ReferenceEquals(definition, attribute.Attribute))
            {
                return mapping;
            }
        }

        throw Unsupported(attribute.Attribute.Name);
    }

    private sealed record Scope(MappingTable Table, Expression Target, AttributeDefinition? Parent, bool IsElement);
}
