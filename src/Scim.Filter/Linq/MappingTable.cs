using System.Linq.Expressions;

namespace Scim.Filter.Linq;

/// <summary>The untyped content of a <see cref="FilterMapping{TEntity}"/>: member and collection mappings by attribute path.</summary>
internal sealed class MappingTable(Type entityType)
{
    public Type EntityType { get; } = entityType;

    public List<MemberMapping> Members { get; } = [];

    public List<CollectionMapping> Collections { get; } = [];
}
