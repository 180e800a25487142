using Scim.Filter.Binding;
using Scim.Schema;

namespace Scim.Filter.Linq;

/// <summary>
/// A <see cref="MappingTable"/>'s top-level entries resolved against one resource type: each mapped path as the
/// attribute definition it names there. Resolving walks every mapping, so <see cref="FilterMapping{TEntity}"/> keeps
/// the last result and reuses it while the table and the resource type stay the same.
/// </summary>
internal sealed class ResolvedMappings
{
    private ResolvedMappings(
        ResourceTypeDefinition resourceType,
        int tableVersion,
        List<(ResolvedAttribute Attribute, MemberMapping Mapping)> members,
        List<(AttributeDefinition Attribute, CollectionMapping Mapping)> collections)
    {
        ResourceType = resourceType;
        TableVersion = tableVersion;
        Members = members;
        Collections = collections;
    }

    /// <summary>The resource type the paths were resolved against.</summary>
    public ResourceTypeDefinition ResourceType { get; }

    /// <summary>The <see cref="MappingTable.Version"/> resolved.</summary>
    public int TableVersion { get; }

    /// <summary>Mapped members by the (sub-)attribute they hold.</summary>
    public IReadOnlyList<(ResolvedAttribute Attribute, MemberMapping Mapping)> Members { get; }

    /// <summary>Mapped collections by the multi-valued attribute they hold.</summary>
    public IReadOnlyList<(AttributeDefinition Attribute, CollectionMapping Mapping)> Collections { get; }

    /// <summary>Whether this still describes <paramref name="table"/> for <paramref name="resourceType"/>.</summary>
    public bool IsCurrentFor(MappingTable table, ResourceTypeDefinition resourceType) =>
        ReferenceEquals(ResourceType, resourceType) && TableVersion == table.Version;

    /// <summary>Resolves every top-level entry of <paramref name="table"/>; entries the type lacks are left out.</summary>
    public static ResolvedMappings Resolve(MappingTable table, ResourceTypeDefinition resourceType)
    {
        var version = table.Version;
        var members = new List<(ResolvedAttribute, MemberMapping)>();
        foreach (var member in table.Members)
        {
            if (LinqFilterTranslator.TryResolve(member.Path, resourceType, out var resolved))
            {
                members.Add((resolved, member));
            }
        }

        var collections = new List<(AttributeDefinition, CollectionMapping)>();
        foreach (var collection in table.Collections)
        {
            if (LinqFilterTranslator.TryResolve(collection.Path, resourceType, out var resolved) && resolved.Attribute.MultiValued)
            {
                collections.Add((resolved.Attribute, collection));
            }
        }

        return new ResolvedMappings(resourceType, version, members, collections);
    }
}
