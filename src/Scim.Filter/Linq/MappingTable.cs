namespace Scim.Filter.Linq;

/// <summary>The untyped content of a <see cref="FilterMapping{TEntity}"/>: member and collection mappings by attribute path.</summary>
internal sealed class MappingTable(Type entityType)
{
    private readonly List<MemberMapping> _members = [];
    private readonly List<CollectionMapping> _collections = [];

    public Type EntityType { get; } = entityType;

    public IReadOnlyList<MemberMapping> Members => _members;

    public IReadOnlyList<CollectionMapping> Collections => _collections;

    /// <summary>Counts changes, so that resolutions made earlier (<see cref="ResolvedMappings"/>) can tell they are stale.</summary>
    public int Version { get; private set; }

    public void Add(MemberMapping member)
    {
        _members.Add(member);
        Version++;
    }

    public void Add(CollectionMapping collection)
    {
        _collections.Add(collection);
        Version++;
    }
}
