using System.Linq.Expressions;
using Scim.Filter;
using Scim.Schema;

namespace Scim.EntityFrameworkCore;

/// <summary>Which attribute paths of a resource type a store can filter and sort on in SQL, and the columns they map to.</summary>
internal sealed class EntityFilterMap<TEntity>
    where TEntity : ScimResourceEntity
{
    private readonly Dictionary<string, ColumnMap> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CollectionMap> _collections = new(StringComparer.OrdinalIgnoreCase);

    public EntityFilterMap(SchemaDefinition coreSchema)
    {
        CoreSchema = coreSchema;
        Column("id", e => e.Id, ColumnKind.Text, folded: false);
        Column("externalId", e => e.ExternalId, ColumnKind.Text, folded: false);
        Column("meta.created", e => e.Created, ColumnKind.DateTime, folded: false);
        Column("meta.lastModified", e => e.LastModified, ColumnKind.DateTime, folded: false);
    }

    public SchemaDefinition CoreSchema { get; }

    public EntityFilterMap<TEntity> Column<TColumn>(string path, Expression<Func<TEntity, TColumn>> selector, ColumnKind kind, bool folded)
    {
        _columns[path] = new ColumnMap(selector, kind, folded);
        return this;
    }

    public EntityFilterMap<TEntity> Collection<TChild>(string attribute, Expression<Func<TEntity, IEnumerable<TChild>>> selector, IReadOnlyDictionary<string, ColumnMap> subAttributes)
    {
        _collections[attribute] = new CollectionMap(selector, typeof(TChild), subAttributes);
        return this;
    }

    /// <summary>Whether the path is qualified with a schema other than the core one (extension attributes live only in the document).</summary>
    public bool IsForeignSchema(AttributePath path) =>
        path.SchemaUrn is not null && !string.Equals(path.SchemaUrn, CoreSchema.Id, StringComparison.OrdinalIgnoreCase);

    public ColumnMap? FindColumn(AttributePath path)
    {
        if (IsForeignSchema(path))
        {
            return null;
        }

        return _columns.GetValueOrDefault(path.SubAttribute is null ? path.Name : path.Name + "." + path.SubAttribute);
    }

    public CollectionMap? FindCollection(AttributePath path) => IsForeignSchema(path) ? null : _collections.GetValueOrDefault(path.Name);
}
