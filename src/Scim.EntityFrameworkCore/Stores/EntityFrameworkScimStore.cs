using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Scim.Abstractions;
using Scim.Filter;
using Scim.Patch;
using Scim.Schema;

namespace Scim.EntityFrameworkCore;

/// <summary>
/// The EF Core store of one resource type (see <see cref="EntityFrameworkScimUserStore"/> and
/// <see cref="EntityFrameworkScimGroupStore"/>). Each operation uses its own short-lived <see cref="ScimDbContext"/>
/// from the factory, so one store instance serves parallel requests.
/// </summary>
/// <remarks>
/// <para>
/// Writes to an existing resource run in a transaction that first locks the row with
/// <c>UPDATE ... SET version = version WHERE id = @id [AND version = @expected]</c>: zero rows means not found or
/// 412. Then the change, then <c>version = version + 1</c> only when something changed. Uniqueness is enforced by
/// unique indexes; violations surface as 409 <c>uniqueness</c>.
/// </para>
/// <para>
/// Filters, sorting and paging are translated to SQL; attributes without a column are refused with 400 rather than
/// evaluated on the client.
/// </para>
/// </remarks>
/// <typeparam name="TEntity">The entity type.</typeparam>
public abstract class EntityFrameworkScimStore<TEntity> : IScimResourceStore
    where TEntity : ScimResourceEntity, new()
{
    private readonly IDbContextFactory<ScimDbContext> _contexts;
    private readonly TimeProvider _clock;
    private volatile CompiledLookup? _compiledKeyLookup;

    private protected EntityFrameworkScimStore(IDbContextFactory<ScimDbContext> contexts, ResourceTypeDefinition resourceType, TimeProvider? clock)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(resourceType);
        _contexts = contexts;
        _clock = clock ?? TimeProvider.System;
        ResourceType = resourceType;
    }

    /// <inheritdoc />
    public ResourceTypeDefinition ResourceType { get; }

    /// <summary>The columns filters and sorting use, translated to SQL by the filter package.</summary>
    private protected abstract FilterMapping<TEntity> FilterMap { get; }

    /// <summary>Whether this type keeps <c>members</c> as rows.</summary>
    private protected virtual bool HasMembers => false;

    private protected abstract DbSet<TEntity> Set(ScimDbContext db);

    /// <summary>Copies the indexed attributes into the entity's columns (throws 400 for unusable unique values).</summary>
    private protected abstract void FillColumns(TEntity entity, ScimResource attributes);

    /// <summary>Writes the child rows of the entity (e-mails) for a new or replaced resource.</summary>
    private protected virtual Task WriteChildRowsAsync(ScimDbContext db, TEntity entity, ScimResource attributes, bool isNew, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <inheritdoc />
    public async Task<ScimResource> CreateAsync(ScimTenant tenant, ScimResource resource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(resource);
        var id = resource.Id ?? GuidScimIdGenerator.Instance.GenerateId(tenant, resource);
        if (id.Length is 0 or > ScimModel.IdLength)
        {
            throw ScimException.InvalidValue($"The id must have 1 to {ScimModel.IdLength} characters.");
        }

        var (attributes, members) = Split(resource, id);
        var now = Now();
        var entity = new TEntity { Tenant = tenant.Id, Id = id, Created = now, LastModified = now, Version = 1 };
        Fill(entity, attributes);

        await using var db = await OpenAsync(tenant, cancellationToken).ConfigureAwait(false);
        Set(db).Add(entity);
        await WriteChildRowsAsync(db, entity, attributes, isNew: true, cancellationToken).ConfigureAwait(false);
        if (members is not null)
        {
            db.GroupMembers.AddRange(members.Values.Select(m => Row(tenant, id, m)));
        }

        await SaveAsync(db, cancellationToken).ConfigureAwait(false);
        return Present(entity, attributes, members?.Values);
    }

    /// <inheritdoc />
    public async Task<ScimResource?> GetAsync(ScimTenant tenant, string id, ScimLoadOptions? load = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(id);
        await using var db = await OpenAsync(tenant, cancellationToken).ConfigureAwait(false);
        var entity = await Set(db).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            return null;
        }

        var members = IncludesMembers(load ?? ScimLoadOptions.Full)
            ? await MembersAsync(db, [id], cancellationToken).ConfigureAwait(false)
            : null;
        return Present(entity, Parse(entity), MembersOf(members, id));
    }

    /// <inheritdoc />
    public async Task<ScimQueryResult> QueryAsync(ScimTenant tenant, ScimQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(query);
        var sortColumn = SortColumn(query.SortBy);
        var fingerprint = ScimCursor.FingerprintOf(query.SortBy, query.SortDescending);
        var cursor = string.IsNullOrEmpty(query.Cursor) ? null : ScimCursor.Decode(query.Cursor, fingerprint);
        var bound = query.Filter is null ? null : ScimFilter.Bind(query.Filter, ResourceType);
        var lookupKey = query.Cursor is null && query.SortBy is null ? KeyLookupValue(query.Filter) : null;

        await using var db = await OpenAsync(tenant, cancellationToken).ConfigureAwait(false);
        IQueryable<TEntity> Matches()
        {
            IQueryable<TEntity> all = Set(db).AsNoTracking();
            return bound is null ? all : all.Where(FilterMap.Translate(bound));
        }

        var count = Math.Max(0, query.Count);
        if (count == 0)
        {
            return new ScimQueryResult([], await Matches().CountAsync(cancellationToken).ConfigureAwait(false));
        }

        // The page is read first: when it is not full, the total follows from it and the COUNT round trip is saved
        // (Entra's userName eq lookup, the hot query, always ends here).
        List<TEntity> page;
        int? total = null;
        string? next = null, previous = null;
        if (query.Cursor is null)
        {
            var skip = Math.Max(1, query.StartIndex) - 1;
            page = lookupKey is not null
                ? await ToListAsync(CompiledKeyLookup(db)(db, lookupKey, skip, count), cancellationToken).ConfigureAwait(false)
                : await Ordered(Matches(), sortColumn, query.SortDescending).Skip(skip).Take(count).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (page.Count < count && (page.Count > 0 || skip == 0))
            {
                total = skip + page.Count;
            }
        }
        else
        {
            var backward = cursor?.Backward ?? false;
            var descending = query.SortDescending ^ backward;
            var window = cursor is null ? Matches() : Matches().Where(After(sortColumn, cursor, descending));
            page = await Ordered(window, sortColumn, descending).Take(count + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
            var more = page.Count > count;
            if (more)
            {
                page.RemoveAt(page.Count - 1);
            }

            if (cursor is null && !more)
            {
                total = page.Count;
            }

            if (backward)
            {
                page.Reverse();
            }

            if (page.Count > 0)
            {
                if (backward ? cursor is not null : more)
                {
                    next = CursorFor(page[^1], sortColumn, backward: false, fingerprint);
                }

                if (backward ? more : cursor is not null)
                {
                    previous = CursorFor(page[0], sortColumn, backward: true, fingerprint);
                }
            }
        }

        var members = IncludesMembers(query.Load)
            ? await MembersAsync(db, [.. page.Select(e => e.Id)], cancellationToken).ConfigureAwait(false)
            : null;
        var resources = page.ConvertAll(e => Present(e, Parse(e), MembersOf(members, e.Id)));
        total ??= await Matches().CountAsync(cancellationToken).ConfigureAwait(false);
        return new ScimQueryResult(resources, total.Value, next, previous);
    }

    /// <inheritdoc />
    public async Task<ScimResource?> ReplaceAsync(ScimTenant tenant, ScimResource resource, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(resource);
        var id = resource.Id ?? throw new ArgumentException("The resource to replace needs an id.", nameof(resource));
        var (attributes, members) = Split(resource, id);

        await using var db = await OpenAsync(tenant, cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var entity = await LockAsync(db, id, expectedVersion, cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            return null;
        }

        var attributesChanged = !attributes.Equals(Parse(entity));
        var membersChanged = false;
        IReadOnlyCollection<ScimMember>? current = null;
        if (members is not null)
        {
            membersChanged = await SetMembersAsync(db, tenant, id, members, cancellationToken).ConfigureAwait(false);
            current = members.Values;
        }

        if (attributesChanged)
        {
            Fill(entity, attributes);
            await WriteChildRowsAsync(db, entity, attributes, isNew: false, cancellationToken).ConfigureAwait(false);
        }

        if (attributesChanged || membersChanged)
        {
            entity.Version++;
            entity.LastModified = Now();
        }

        await SaveAsync(db, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Present(entity, attributes, current);
    }

    /// <inheritdoc />
    public async Task<ScimResource?> ApplyPatchAsync(ScimTenant tenant, PatchResult patch, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(patch);
        var id = patch.Resource.Id ?? throw new ArgumentException("The patched resource needs an id.", nameof(patch));
        var deltas = new List<(MultiValuedAttributeDelta Delta, List<ScimMember> Added)>();
        foreach (var delta in patch.Changes.Deltas)
        {
            if (!HasMembers || !string.Equals(delta.AttributeName, "members", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"The {ResourceType.Name} store keeps no attribute '{delta.AttributeName}' as rows; evaluate the PATCH without deferring it.");
            }

            deltas.Add((delta, delta.Added.Select(value => MemberFrom(value)).ToList()));
        }

        await using var db = await OpenAsync(tenant, cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var entity = await LockAsync(db, id, expectedVersion, cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            return null;
        }

        var original = Parse(entity);
        var attributes = original;
        Dictionary<string, ScimMember>? replacedMembers = null;
        foreach (var name in patch.Changes.ChangedAttributes)
        {
            if (string.Equals(name, "id", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "meta", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (HasMembers && string.Equals(name, "members", StringComparison.OrdinalIgnoreCase))
            {
                replacedMembers = ReadMembers(patch.Resource[name]);
                continue;
            }

            attributes = attributes.With(name, patch.Resource[name]);
        }

        attributes = attributes.With("password", null);
        var changed = !attributes.Equals(original);
        if (changed)
        {
            Fill(entity, attributes);
            await WriteChildRowsAsync(db, entity, attributes, isNew: false, cancellationToken).ConfigureAwait(false);
        }

        if (replacedMembers is not null)
        {
            changed |= await SetMembersAsync(db, tenant, id, replacedMembers, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (delta, added) in deltas)
        {
            changed |= await ApplyDeltaAsync(db, tenant, id, delta, added, cancellationToken).ConfigureAwait(false);
        }

        if (changed)
        {
            entity.Version++;
            entity.LastModified = Now();
        }

        await SaveAsync(db, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Present(entity, attributes, null);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(ScimTenant tenant, string id, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(id);
        await using var db = await OpenAsync(tenant, cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (await LockAsync(db, id, expectedVersion, cancellationToken).ConfigureAwait(false) is null)
        {
            return false;
        }

        // The resource leaves every group it was a member of; those groups change version.
        var now = Now();
        await db.Groups
            .Where(g => db.GroupMembers.Any(m => m.GroupId == g.Id && m.MemberId == id))
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.Version, g => g.Version + 1).SetProperty(g => g.LastModified, now), cancellationToken)
            .ConfigureAwait(false);
        await db.GroupMembers.Where(m => m.MemberId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        if (HasMembers)
        {
            await db.GroupMembers.Where(m => m.GroupId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await db.UserEmails.Where(m => m.UserId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await Set(db).Where(e => e.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    // ---- the precompiled key lookup ---------------------------------------------------------------------------

    /// <summary>
    /// The matching lookup identity providers send before provisioning (<c>userName eq "..."</c>,
    /// <c>displayName eq "..."</c>), in the default order, as a precompiled query: the same SQL the filter translation
    /// gives, without building, hashing and funcletizing a LINQ tree per request. <see langword="null"/> when the type
    /// has none.
    /// </summary>
    private protected virtual KeyLookupQuery? KeyLookup => null;

    /// <summary>
    /// The normalised value to look up when <paramref name="filter"/> is exactly <c>attribute eq "string"</c> on the
    /// key lookup's attribute (not caseExact, single-valued string in the type's schema); otherwise <see langword="null"/>
    /// and the query takes the general translation.
    /// </summary>
    private string? KeyLookupValue(FilterExpression? filter)
    {
        if (KeyLookup is not { } lookup
            || filter is not ComparisonExpression { Operator: ComparisonOperator.Equal } comparison
            || comparison.Value.Kind != FilterLiteralKind.String
            || comparison.Path.SubAttribute is not null
            || !string.Equals(comparison.Path.Name, lookup.Attribute, StringComparison.OrdinalIgnoreCase)
            || (comparison.Path.SchemaUrn is not null && !string.Equals(comparison.Path.SchemaUrn, ResourceType.Schema.Id, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var attribute = ResourceType.Schema.FindAttribute(lookup.Attribute);
        if (attribute is null || attribute.CaseExact || attribute.MultiValued || attribute.Type != AttributeType.String)
        {
            return null;
        }

        // The same normal form the filter binding compares the key column with (ScimStringNormalization).
        return ScimStringNormalization.TryNormalize(comparison.Value.StringValue, out var key) ? key : null;
    }

    /// <summary>The key lookup compiled for the context's model (a compiled query serves one model: SQLite and PostgreSQL differ).</summary>
    private Func<ScimDbContext, string, int, int, IAsyncEnumerable<TEntity>> CompiledKeyLookup(ScimDbContext db)
    {
        var model = db.Model;
        var compiled = _compiledKeyLookup;
        if (compiled is null || !ReferenceEquals(compiled.Model, model))
        {
            compiled = new CompiledLookup(model, EF.CompileAsyncQuery(KeyLookup!.Query));
            _compiledKeyLookup = compiled;
        }

        return compiled.Query;
    }

    private static async Task<List<TEntity>> ToListAsync(IAsyncEnumerable<TEntity> rows, CancellationToken cancellationToken)
    {
        var list = new List<TEntity>();
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(row);
        }

        return list;
    }

    /// <summary>A lookup by the normalised key column of <paramref name="Attribute"/>: (context, key, skip, take) to rows in the default order (<c>meta.created</c>, then id), compiled once per model.</summary>
    private protected sealed record KeyLookupQuery(string Attribute, Expression<Func<ScimDbContext, string, int, int, IQueryable<TEntity>>> Query);

    private sealed record CompiledLookup(Microsoft.EntityFrameworkCore.Metadata.IModel Model, Func<ScimDbContext, string, int, int, IAsyncEnumerable<TEntity>> Query);

    // ---- plumbing -------------------------------------------------------------------------------------------

    private async Task<ScimDbContext> OpenAsync(ScimTenant tenant, CancellationToken cancellationToken)
    {
        if (tenant.Id.Length > ScimModel.TenantLength)
        {
            throw ScimException.InvalidValue($"The tenant id may have at most {ScimModel.TenantLength} characters.");
        }

        var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.TenantId = tenant.Id;
        return db;
    }

    private DateTime Now()
    {
        // Microsecond precision: what PostgreSQL keeps, so a value read back equals the value written.
        var ticks = _clock.GetUtcNow().UtcTicks;
        return new DateTime(ticks - (ticks % 10), DateTimeKind.Utc);
    }

    /// <summary>Locks the row for this transaction, checking the expected version; <see langword="null"/> when absent.</summary>
    private async Task<TEntity?> LockAsync(ScimDbContext db, string id, string? expectedVersion, CancellationToken cancellationToken)
    {
        var rows = Set(db).Where(e => e.Id == id);
        if (expectedVersion is not null && !string.Equals(expectedVersion.Trim(), "*", StringComparison.Ordinal))
        {
            var expected = ScimVersion.TryParse(expectedVersion, out var counter) ? counter : -1;
            rows = rows.Where(e => e.Version == expected);
        }

        var locked = await rows.ExecuteUpdateAsync(s => s.SetProperty(e => e.Version, e => e.Version), cancellationToken).ConfigureAwait(false);
        if (locked == 0)
        {
            if (await Set(db).AnyAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false))
            {
                throw ScimException.PreconditionFailed("The resource has changed since the version given; read it again and retry.");
            }

            return null;
        }

        return await Set(db).SingleAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
    }

    private async Task SaveAsync(ScimDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            throw ScimException.Uniqueness($"A {ResourceType.Name} with this id or unique attribute already exists.");
        }
    }

    /// <summary>SQLite constraint errors 2067 (unique) and 1555 (primary key); PostgreSQL 23505.</summary>
    internal static bool IsUniqueViolation(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 }:
                case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }:
                    return true;
            }
        }

        return false;
    }

    private void Fill(TEntity entity, ScimResource attributes)
    {
        entity.ExternalId = attributes.ExternalId;
        var displayName = (attributes["displayName"] as ScimString)?.Value;
        entity.DisplayName = displayName;
        entity.DisplayNameKey = displayName is null ? null : ScimStringNormalization.Normalize(displayName);
        FillColumns(entity, attributes);
        entity.Document = ScimJsonWriter.SerializeResourceToString(attributes, ScimJsonWriteOptions.Storage);
    }

    private ScimResource Parse(TEntity entity) =>
        ScimJsonReader.ReadResource(entity.Document, ResourceType, ScimJsonReadOptions.Stored).With("id", new ScimString(entity.Id));

    /// <summary>Splits a resource into stored attributes (id set; no meta, password or members) and its member rows.</summary>
    private (ScimResource Attributes, Dictionary<string, ScimMember>? Members) Split(ScimResource resource, string id)
    {
        var attributes = ScimResourceMeta.Strip(resource).With("id", new ScimString(id)).With("password", null);
        if (!HasMembers)
        {
            return (attributes, null);
        }

        return (attributes.With("members", null), ReadMembers(attributes["members"]));
    }

    private static ScimMember MemberFrom(ScimValue value) => ScimMember.From(value, ScimModel.IdLength);

    private static Dictionary<string, ScimMember> ReadMembers(ScimValue? value)
    {
        var members = new Dictionary<string, ScimMember>(StringComparer.Ordinal);
        if (value is ScimMultiValue list)
        {
            foreach (var item in list)
            {
                var member = MemberFrom(item);
                members[member.Value] = member;
            }
        }
        else if (value is not null)
        {
            throw ScimException.InvalidValue("\"members\" must be an array.");
        }

        return members;
    }

    private bool IncludesMembers(ScimLoadOptions load) => HasMembers && load.Includes("members");

    private ScimResource Present(TEntity entity, ScimResource attributes, IEnumerable<ScimMember>? members)
    {
        var resource = attributes;
        if (members is not null)
        {
            var list = members.Select(m => (ScimValue)m.ToComplex()).ToArray();
            if (list.Length > 0)
            {
                resource = resource.With("members", ScimMultiValue.Create(list));
            }
        }

        return ScimResourceMeta.Stamp(
            resource,
            new DateTimeOffset(DateTime.SpecifyKind(entity.Created, DateTimeKind.Utc)),
            new DateTimeOffset(DateTime.SpecifyKind(entity.LastModified, DateTimeKind.Utc)),
            ScimVersion.Format(entity.Version));
    }

    // ---- members ----------------------------------------------------------------------------------------------

    private static List<ScimMember>? MembersOf(Dictionary<string, List<ScimMember>>? members, string id) =>
        members is null ? null : members.GetValueOrDefault(id) ?? [];

    private static ScimGroupMemberEntity Row(ScimTenant tenant, string groupId, ScimMember member) =>
        new() { Tenant = tenant.Id, GroupId = groupId, MemberId = member.Value, Type = member.Type, Display = member.Display };

    private static async Task<Dictionary<string, List<ScimMember>>> MembersAsync(ScimDbContext db, string[] groupIds, CancellationToken cancellationToken)
    {
        var rows = await db.GroupMembers.AsNoTracking()
            .Where(m => groupIds.Contains(m.GroupId))
            .OrderBy(m => m.GroupId).ThenBy(m => m.MemberId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.GroupBy(r => r.GroupId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => new ScimMember(r.MemberId, r.Type, r.Display)).ToList(), StringComparer.Ordinal);
    }

    /// <summary>Makes the member rows equal <paramref name="desired"/> (PUT, replace, clear-and-add), touching only rows that differ.</summary>
    private static async Task<bool> SetMembersAsync(ScimDbContext db, ScimTenant tenant, string groupId, Dictionary<string, ScimMember> desired, CancellationToken cancellationToken)
    {
        var existing = await db.GroupMembers.AsNoTracking().Where(m => m.GroupId == groupId)
            .Select(m => new ScimMember(m.MemberId, m.Type, m.Display))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var stale = existing.Where(m => !desired.TryGetValue(m.Value, out var wanted) || wanted != m).Select(m => m.Value).ToList();
        var present = existing.ToDictionary(m => m.Value, StringComparer.Ordinal);
        var missing = desired.Values.Where(m => !present.TryGetValue(m.Value, out var row) || row != m).ToList();
        var changed = 0;
        foreach (var chunk in stale.Chunk(500))
        {
            changed += await db.GroupMembers.Where(m => m.GroupId == groupId && chunk.Contains(m.MemberId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        changed += await InsertMembersAsync(db, tenant, groupId, missing, cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    private static async Task<bool> ApplyDeltaAsync(ScimDbContext db, ScimTenant tenant, string groupId, MultiValuedAttributeDelta delta, List<ScimMember> added, CancellationToken cancellationToken)
    {
        if (delta.ClearExisting)
        {
            var desired = new Dictionary<string, ScimMember>(StringComparer.Ordinal);
            foreach (var member in added)
            {
                desired[member.Value] = member;
            }

            return await SetMembersAsync(db, tenant, groupId, desired, cancellationToken).ConfigureAwait(false);
        }

        var changed = 0;
        foreach (var chunk in delta.Removed.Chunk(500))
        {
            changed += await db.GroupMembers.Where(m => m.GroupId == groupId && chunk.Contains(m.MemberId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        changed += await InsertMembersAsync(db, tenant, groupId, added, cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }

    /// <summary>
    /// Inserts member rows with one <c>INSERT ... ON CONFLICT DO NOTHING</c> per 200 members (SQLite and PostgreSQL
    /// both speak it): no read of the member list, and a present member is skipped by the primary key.
    /// </summary>
    /// <returns>The number of rows really inserted.</returns>
    private static async Task<int> InsertMembersAsync(ScimDbContext db, ScimTenant tenant, string groupId, IReadOnlyList<ScimMember> members, CancellationToken cancellationToken)
    {
        var inserted = 0;
        foreach (var chunk in members.Chunk(200))
        {
            var sql = new System.Text.StringBuilder()
                .Append("INSERT INTO ").Append(ScimModel.GroupMembersTable)
                .Append(" (tenant, group_id, member_id, type, display) VALUES ");
            var parameters = new List<object>(chunk.Length * 5);
            for (var i = 0; i < chunk.Length; i++)
            {
                var at = parameters.Count;
                sql.Append(i == 0 ? "(" : ", (")
                    .Append(CultureInfo.InvariantCulture, $"{{{at}}}, {{{at + 1}}}, {{{at + 2}}}, {{{at + 3}}}, {{{at + 4}}})");
                parameters.Add(tenant.Id);
                parameters.Add(groupId);
                parameters.Add(chunk[i].Value);
                parameters.Add(Nullable(db, chunk[i].Type));
                parameters.Add(Nullable(db, chunk[i].Display));
            }

            sql.Append(" ON CONFLICT (tenant, group_id, member_id) DO NOTHING");
            inserted += await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken).ConfigureAwait(false);
        }

        return inserted;
    }

    private static object Nullable(ScimDbContext db, string? value)
    {
        if (value is not null)
        {
            return value;
        }

        // A typed NULL: PostgreSQL cannot infer the type of an untyped parameter in a VALUES list.
        DbParameter parameter = ScimModel.IsPostgres(db.Database.ProviderName)
            ? new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text }
            : new SqliteParameter { Value = DBNull.Value };
        parameter.ParameterName = "p" + Guid.NewGuid().ToString("N");
        return parameter;
    }

    // ---- sorting and cursors ------------------------------------------------------------------------------------

    /// <summary>The attributes every resource type maps: <c>id</c>, <c>externalId</c>, <c>displayName</c> (compared
    /// on its normalised key) and the <c>meta</c> timestamps.</summary>
    internal static FilterMapping<TEntity> CommonMapping() => new FilterMapping<TEntity>()
        .Map("id", e => e.Id)
        .Map("externalId", e => e.ExternalId)
        .Map("displayName", e => e.DisplayName, normalized: e => e.DisplayNameKey)
        .Map("meta.created", e => e.Created)
        .Map("meta.lastModified", e => e.LastModified);

    /// <summary>The column to order by: the one the filter mapping maps the path to (the normalised key for
    /// attributes that are not caseExact); text and timestamp columns only.</summary>
    private LambdaExpression SortColumn(AttributePath? sortBy)
    {
        var column = FilterMap.FindSortMember(sortBy ?? new AttributePath(null, "meta", "created"), ResourceType);
        if (column is null || (column.ReturnType != typeof(string) && column.ReturnType != typeof(DateTime)))
        {
            throw ScimException.InvalidValue("This service cannot sort by that attribute.");
        }

        return column;
    }

    private static IQueryable<TEntity> Ordered(IQueryable<TEntity> source, LambdaExpression column, bool descending)
    {
        var e = Expression.Parameter(typeof(TEntity), "e");
        var key = new ParameterSwap(column.Parameters[0], e).Visit(column.Body);
        IOrderedQueryable<TEntity> ordered;
        if (key.Type == typeof(string))
        {
            // Missing values last ascending, first descending (RFC 7644 §3.4.2.3), on SQLite and PostgreSQL alike.
            var missing = Expression.Lambda<Func<TEntity, int>>(
                Expression.Condition(Expression.Equal(key, Expression.Constant(null, typeof(string))), Expression.Constant(1), Expression.Constant(0)), e);
            ordered = descending ? source.OrderByDescending(missing) : source.OrderBy(missing);
            var text = Expression.Lambda<Func<TEntity, string>>(key, e);
            ordered = descending ? ordered.ThenByDescending(text) : ordered.ThenBy(text);
        }
        else
        {
            var instant = Expression.Lambda<Func<TEntity, DateTime>>(key, e);
            ordered = descending ? source.OrderByDescending(instant) : source.OrderBy(instant);
        }

        return descending ? ordered.ThenByDescending(x => x.Id) : ordered.ThenBy(x => x.Id);
    }

    /// <summary>The rows after the cursor's item in the given order (sort key, then id).</summary>
    private static Expression<Func<TEntity, bool>> After(LambdaExpression column, ScimCursor cursor, bool descending)
    {
        var e = Expression.Parameter(typeof(TEntity), "e");
        var key = new ParameterSwap(column.Parameters[0], e).Visit(column.Body);
        var id = Expression.Property(e, nameof(ScimResourceEntity.Id));
        var idAfter = Beyond(id, Parameter(cursor.Id), descending);
        Expression body;
        if (key.Type == typeof(string))
        {
            var isNull = Expression.Equal(key, Expression.Constant(null, typeof(string)));
            if (cursor.SortKey is null)
            {
                body = descending ? Expression.OrElse(Expression.Not(isNull), Expression.AndAlso(isNull, idAfter)) : Expression.AndAlso(isNull, idAfter);
            }
            else
            {
                var value = Parameter(cursor.SortKey);
                var beyond = Expression.OrElse(Beyond(key, value, descending), Expression.AndAlso(Expression.Equal(key, value), idAfter));
                body = descending ? Expression.AndAlso(Expression.Not(isNull), beyond) : Expression.OrElse(isNull, beyond);
            }
        }
        else
        {
            if (!long.TryParse(cursor.SortKey, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks > DateTime.MaxValue.Ticks)
            {
                throw new ScimException(400, ScimErrorType.InvalidCursor, "The cursor is not one this service issued.");
            }

            var value = Parameter(new DateTime(ticks, DateTimeKind.Utc));
            body = Expression.OrElse(
                descending ? Expression.LessThan(key, value) : Expression.GreaterThan(key, value),
                Expression.AndAlso(Expression.Equal(key, value), idAfter));
        }

        return Expression.Lambda<Func<TEntity, bool>>(body, e);
    }

    private static Expression Beyond(Expression left, Expression right, bool descending)
    {
        var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, left, right);
        return descending ? Expression.LessThan(compare, Expression.Constant(0)) : Expression.GreaterThan(compare, Expression.Constant(0));
    }

    private static string CursorFor(TEntity entity, LambdaExpression column, bool backward, string fingerprint)
    {
        var value = column.Compile().DynamicInvoke(entity);
        var key = value switch
        {
            null => null,
            DateTime instant => instant.Ticks.ToString(CultureInfo.InvariantCulture),
            _ => (string)value,
        };
        return new ScimCursor(key, entity.Id, backward, fingerprint).Encode();
    }

    /// <summary>A value EF Core sends as a SQL parameter (a closure member), never inlined into the SQL text.</summary>
    private static Expression Parameter<T>(T value) =>
        Expression.Property(Expression.Constant(new ParameterBox<T>(value)), nameof(ParameterBox<T>.Value));

    private sealed class ParameterSwap(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
