using Microsoft.EntityFrameworkCore;
using Scim.Abstractions;
using Scim.Schema;

namespace Scim.EntityFrameworkCore;

/// <summary>
/// The EF Core Group store: <c>displayName</c> unique per tenant on its normalised form, members as rows (a member
/// add is one <c>INSERT ... ON CONFLICT DO NOTHING</c>, a remove one <c>DELETE</c>; the member list is never
/// loaded to change it). Filterable in SQL: <c>id</c>, <c>externalId</c>, <c>displayName</c>, <c>members</c>
/// (<c>value</c>, <c>type</c>, <c>display</c>), <c>meta.created</c>, <c>meta.lastModified</c>.
/// </summary>
public sealed class EntityFrameworkScimGroupStore : EntityFrameworkScimStore<ScimGroupEntity>, IScimGroupStore
{
    private static readonly EntityFilterMap<ScimGroupEntity> Map = new EntityFilterMap<ScimGroupEntity>(CoreSchemas.Group)
        .Column("displayName", e => e.DisplayNameKey, ColumnKind.Text, folded: true)
        .Collection("members", e => e.Members, new Dictionary<string, ColumnMap>(StringComparer.OrdinalIgnoreCase)
        {
            // Member values are resource ids: case-exact, like "id".
            ["value"] = new(Selector<string>(m => m.MemberId), ColumnKind.Text, Folded: false),
            ["type"] = new(Selector<string?>(m => m.Type), ColumnKind.Text, Folded: false),
            ["display"] = new(Selector<string?>(m => m.Display), ColumnKind.Text, Folded: false),
        });

    /// <summary>Creates the store.</summary>
    /// <param name="contexts">Creates a <see cref="ScimDbContext"/> per operation.</param>
    /// <param name="resourceType">The Group resource type; the core one when <see langword="null"/>.</param>
    /// <param name="clock">The clock for <c>meta</c> timestamps; the system clock when <see langword="null"/>.</param>
    public EntityFrameworkScimGroupStore(IDbContextFactory<ScimDbContext> contexts, ResourceTypeDefinition? resourceType = null, TimeProvider? clock = null)
        : base(contexts, resourceType ?? CoreSchemas.GroupResourceType, clock)
    {
    }

    private protected override EntityFilterMap<ScimGroupEntity> FilterMap => Map;

    private protected override bool HasMembers => true;

    private protected override DbSet<ScimGroupEntity> Set(ScimDbContext db) => db.Groups;

    private protected override void FillColumns(ScimGroupEntity entity, ScimResource attributes)
    {
        if (entity.DisplayName is { } name)
        {
            // Unique per tenant: refuse what cannot be normalised instead of indexing it raw.
            entity.DisplayNameKey = ScimUniqueness.Normalize(name);
        }
    }

    private static System.Linq.Expressions.Expression<Func<ScimGroupMemberEntity, T>> Selector<T>(System.Linq.Expressions.Expression<Func<ScimGroupMemberEntity, T>> selector) => selector;
}
