using Microsoft.EntityFrameworkCore;
using Scim.Abstractions;
using Scim.Filter;
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
    /// <summary>The columns filters and sorting use. Member rows keep values as sent: <c>members.value</c>,
    /// <c>type</c> and <c>display</c> are not caseExact, so they compare <c>lower(column)</c> with the normalised value
    /// (exact for ASCII values such as ids).</summary>
    /// <summary>Entra's group matching query, <c>displayName eq "..."</c>, compiled once (see <see cref="EntityFrameworkScimStore{TEntity}"/>).</summary>
    private static readonly KeyLookupQuery DisplayNameLookup = new("displayName",
        (db, key, skip, take) => db.Groups.AsNoTracking()
            .Where(e => e.DisplayNameKey == key)
            .OrderBy(e => e.Created).ThenBy(e => e.Id)
            .Skip(skip).Take(take));

    private static readonly FilterMapping<ScimGroupEntity> Map = EntityFrameworkScimStore<ScimGroupEntity>.CommonMapping()
        .MapCollection("members", e => e.Members, members => members
            .Map("value", m => m.MemberId)
            .Map("type", m => m.Type)
            .Map("display", m => m.Display));

    /// <summary>Creates the store.</summary>
    /// <param name="contexts">Creates a <see cref="ScimDbContext"/> per operation.</param>
    /// <param name="resourceType">The Group resource type; the core one when <see langword="null"/>.</param>
    /// <param name="clock">The clock for <c>meta</c> timestamps; the system clock when <see langword="null"/>.</param>
    public EntityFrameworkScimGroupStore(IDbContextFactory<ScimDbContext> contexts, ResourceTypeDefinition? resourceType = null, TimeProvider? clock = null)
        : base(contexts, resourceType ?? CoreSchemas.GroupResourceType, clock)
    {
    }

    private protected override FilterMapping<ScimGroupEntity> FilterMap => Map;

    private protected override KeyLookupQuery KeyLookup => DisplayNameLookup;

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
}
