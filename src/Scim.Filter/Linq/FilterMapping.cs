using System.Linq.Expressions;
using Scim.Filter.Linq;
using Scim.Schema;

namespace Scim.Filter;

/// <summary>
/// Maps SCIM attributes to members of a host's entity type so that a <see cref="BoundFilter"/> translates to an
/// <see cref="Expression{TDelegate}"/> a LINQ provider (EF Core) can run in the database. Keys are attribute paths
/// as a filter writes them (<c>userName</c>, <c>name.familyName</c>, <c>urn:...:enterprise:2.0:User:employeeNumber</c>),
/// resolved against the filter's resource type when translating.
/// </summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
/// <example>
/// <code>
/// var mapping = new FilterMapping&lt;User&gt;()
///     .Map("userName", u => u.UserName, normalized: u => u.UserNameNormalized)
///     .Map("active", u => u.Active)
///     .MapCollection("emails", u => u.Emails, emails => emails
///         .Map("value", e => e.Value, normalized: e => e.ValueNormalized)
///         .Map("type", e => e.Type));
/// Expression&lt;Func&lt;User, bool&gt;&gt; predicate = mapping.Translate(boundFilter);
/// </code>
/// </example>
public sealed class FilterMapping<TEntity>
{
    private ResolvedMappings? _resolved;

    internal MappingTable Table { get; } = new(typeof(TEntity));

    /// <summary>Maps an attribute (or sub-attribute) to a member.</summary>
    /// <typeparam name="TValue">The member type: string, bool, an integer or floating type, decimal, DateTime, DateTimeOffset,
    /// Guid, or a nullable one of these.</typeparam>
    /// <param name="attribute">The attribute path, e.g. <c>userName</c> or <c>name.familyName</c>.</param>
    /// <param name="member">The member holding the value.</param>
    /// <param name="normalized">For attributes that are not caseExact: a member holding
    /// <see cref="ScimStringNormalization.Normalize"/> of the value, compared with the filter value normalised the same
    /// way (so that a database index applies and the result is exactly what <see cref="BoundFilter.Matches"/> decides).
    /// Without it the translation compares <c>member.ToLower()</c> with the normalised filter value, which agrees for
    /// ASCII values only.</param>
    /// <returns>This mapping.</returns>
    public FilterMapping<TEntity> Map<TValue>(
        string attribute,
        Expression<Func<TEntity, TValue>> member,
        Expression<Func<TEntity, string?>>? normalized = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        var path = ParseKey(attribute);
        if (!LinqFilterTranslator.IsSupportedMemberType(typeof(TValue)))
        {
            throw new ArgumentException($"Members of type {typeof(TValue).Name} cannot be mapped.", nameof(member));
        }

        Table.Add(new MemberMapping(path, member, normalized));
        return this;
    }

    /// <summary>Maps a multi-valued complex attribute to a collection of elements whose members hold its sub-attributes.</summary>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="attribute">The attribute, e.g. <c>emails</c>.</param>
    /// <param name="collection">The collection navigation.</param>
    /// <param name="elements">Maps sub-attribute names (<c>value</c>, <c>type</c>) to element members.</param>
    /// <returns>This mapping.</returns>
    public FilterMapping<TEntity> MapCollection<TElement>(
        string attribute,
        Expression<Func<TEntity, IEnumerable<TElement>>> collection,
        Action<FilterMapping<TElement>> elements)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(elements);
        var path = ParseKey(attribute);
        var elementMapping = new FilterMapping<TElement>();
        elements(elementMapping);
        Table.Add(new CollectionMapping(path, collection, typeof(TElement), elementMapping.Table));
        return this;
    }

    /// <summary>Translates a bound filter into a predicate over <typeparamref name="TEntity"/>. Values become captured
    /// variables (query parameters), multi-valued attributes <c>Any(...)</c> predicates.</summary>
    /// <param name="filter">The bound filter.</param>
    /// <returns>The predicate.</returns>
    /// <exception cref="ScimException">400 <c>invalidFilter</c> when the filter uses an attribute this mapping does not
    /// map or a construct it cannot translate; nothing is ever evaluated in memory instead.</exception>
    public Expression<Func<TEntity, bool>> Translate(BoundFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parameter = Expression.Parameter(typeof(TEntity), "entity");
        var resolved = _resolved;
        if (resolved is null || !resolved.IsCurrentFor(Table, filter.ResourceType))
        {
            // A store translates every request's filter against the same resource type: resolve the mapped paths
            // once, not per request. The snapshot is immutable, so racing requests at worst resolve it twice.
            resolved = ResolvedMappings.Resolve(Table, filter.ResourceType);
            _resolved = resolved;
        }

        var body = new LinqFilterTranslator(Table, resolved).Translate(filter.Root, parameter);
        return Expression.Lambda<Func<TEntity, bool>>(body, parameter);
    }

    /// <summary>The member to order by for a <c>sortBy</c> path: for a mapped single-valued attribute that is not
    /// caseExact its <c>normalized</c> member when one is mapped (so that ordering follows the same normal form as
    /// filtering), else its member.</summary>
    /// <param name="sortBy">The sort path.</param>
    /// <param name="resourceType">The resource type the path is resolved against (as for filters).</param>
    /// <returns>A lambda from <typeparamref name="TEntity"/> to the member, or <see langword="null"/> when the path is
    /// unknown, multi-valued or not mapped.</returns>
    public LambdaExpression? FindSortMember(AttributePath sortBy, ResourceTypeDefinition resourceType)
    {
        ArgumentNullException.ThrowIfNull(sortBy);
        ArgumentNullException.ThrowIfNull(resourceType);
        return new LinqFilterTranslator(Table, resourceType).FindSortMember(sortBy, resourceType);
    }

    private static AttributePath ParseKey(string attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        if (!ScimPath.TryParse(attribute, out var path, out var error) || path.ValueFilter is not null)
        {
            throw new ArgumentException($"'{attribute}' is not an attribute path: {error ?? "value filters cannot be mapped"}", nameof(attribute));
        }

        return path.Attribute;
    }
}
