using Microsoft.EntityFrameworkCore;
using Scim.Abstractions;
using Scim.Filter;
using Scim.Schema;

namespace Scim.EntityFrameworkCore;

/// <summary>
/// The EF Core User store: <c>userName</c> unique per tenant on its normalised form (a unique index), e-mails as
/// rows for filtering, the rest of the resource in a JSON document. Filterable and sortable in SQL: <c>id</c>,
/// <c>externalId</c>, <c>userName</c>, <c>displayName</c>, <c>active</c> (filter only), <c>emails</c>
/// (<c>value</c>, <c>type</c>, <c>display</c>, <c>primary</c>; filter only), <c>meta.created</c>,
/// <c>meta.lastModified</c>. <c>password</c> is never stored.
/// </summary>
public sealed class EntityFrameworkScimUserStore : EntityFrameworkScimStore<ScimUserEntity>, IScimUserStore
{
    /// <summary>The columns filters and sorting use; case-insensitive attributes compare their normalised key columns.</summary>
    private static readonly FilterMapping<ScimUserEntity> Map = EntityFrameworkScimStore<ScimUserEntity>.CommonMapping()
        .Map("userName", e => e.UserName, normalized: e => e.UserNameKey)
        .Map("active", e => e.Active)
        .MapCollection("emails", e => e.Emails, emails => emails
            // Only the normal forms are kept as rows: e-mail filters are case-insensitive (RFC 7643 §4.1.2).
            .Map("value", m => m.ValueKey, normalized: m => m.ValueKey)
            .Map("type", m => m.TypeKey, normalized: m => m.TypeKey)
            .Map("display", m => m.DisplayKey, normalized: m => m.DisplayKey)
            .Map("primary", m => m.Primary));

    /// <summary>Entra's and Okta's matching query, <c>userName eq "..."</c>, compiled once (see <see cref="EntityFrameworkScimStore{TEntity}"/>).</summary>
    private static readonly KeyLookupQuery UserNameLookup = new("userName",
        (db, key, skip, take) => db.Users.AsNoTracking()
            .Where(e => e.UserNameKey == key)
            .OrderBy(e => e.Created).ThenBy(e => e.Id)
            .Skip(skip).Take(take));

    /// <summary>Creates the store.</summary>
    /// <param name="contexts">Creates a <see cref="ScimDbContext"/> per operation.</param>
    /// <param name="resourceType">The User resource type (with the host's extensions); the core one when <see langword="null"/>.</param>
    /// <param name="clock">The clock for <c>meta</c> timestamps; the system clock when <see langword="null"/>.</param>
    public EntityFrameworkScimUserStore(IDbContextFactory<ScimDbContext> contexts, ResourceTypeDefinition? resourceType = null, TimeProvider? clock = null)
        : base(contexts, resourceType ?? CoreSchemas.UserResourceType, clock)
    {
    }

    private protected override FilterMapping<ScimUserEntity> FilterMap => Map;

    private protected override KeyLookupQuery KeyLookup => UserNameLookup;

    private protected override DbSet<ScimUserEntity> Set(ScimDbContext db) => db.Users;

    private protected override void FillColumns(ScimUserEntity entity, ScimResource attributes)
    {
        var userName = (attributes["userName"] as ScimString)?.Value
            ?? throw ScimException.InvalidValue("A User needs a userName.");
        entity.UserName = userName;
        entity.UserNameKey = ScimUniqueness.Normalize(userName);
        entity.Active = (attributes["active"] as ScimBoolean)?.Value;
    }

    private protected override async Task WriteChildRowsAsync(ScimDbContext db, ScimUserEntity entity, ScimResource attributes, bool isNew, CancellationToken cancellationToken)
    {
        if (!isNew)
        {
            await db.UserEmails.Where(m => m.UserId == entity.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        if (attributes["emails"] is not ScimMultiValue emails)
        {
            return;
        }

        var position = 0;
        foreach (var email in emails.OfType<ScimComplex>())
        {
            db.UserEmails.Add(new ScimUserEmailEntity
            {
                Tenant = entity.Tenant,
                UserId = entity.Id,
                Position = position++,
                ValueKey = Key(email.Find("value")),
                TypeKey = Key(email.Find("type")),
                DisplayKey = Key(email.Find("display")),
                Primary = (email.Find("primary") as ScimBoolean)?.Value,
            });
        }
    }

    private static string? Key(ScimValue? value) => value is ScimString s ? ScimStringNormalization.Normalize(s.Value) : null;
}
