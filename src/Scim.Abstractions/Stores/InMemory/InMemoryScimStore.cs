using Scim.Filter;
using Scim.Patch;
using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>
/// A concurrent in-memory store of one resource type, for tests, demos and hosts without a database. Get instances
/// from an <see cref="InMemoryScimDatabase"/>.
/// </summary>
/// <remarks>
/// <para>
/// Each tenant has its own collections; each resource is an entry holding an immutable record that writers replace
/// under that entry's own lock, so writes to different resources run in parallel and readers never lock. Unique
/// attributes are claimed in concurrent indexes (<c>TryAdd</c>), so of racing creates of one <c>userName</c>
/// exactly one wins. Members are a per-group set: adding one member is one set insert plus a version bump, never a
/// copy of the member list.
/// </para>
/// <para>
/// Versions are weak ETags over a counter (<see cref="ScimVersion"/>), bumped only when a write changes something.
/// Filters run through the filter package's in-memory evaluator; sorting is by any attribute path with the id as
/// tie-breaker; cursors encode their position (<see cref="ScimCursor"/>). The store does not check that member ids
/// exist, and sets <c>meta</c> except <c>location</c>.
/// </para>
/// </remarks>
public class InMemoryScimStore : IScimResourceStore
{
    private readonly InMemoryScimDatabase _database;
    private readonly AttributeDefinition[] _uniqueAttributes;
    private readonly string? _memberAttribute;

    internal InMemoryScimStore(InMemoryScimDatabase database, ResourceTypeDefinition resourceType)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(resourceType);
        _database = database;
        ResourceType = resourceType;
        var isGroup = string.Equals(resourceType.Schema.Id, ScimSchemaIds.Group, StringComparison.OrdinalIgnoreCase);
        _uniqueAttributes = [.. resourceType.Schema.Attributes.Where(a =>
            a.Type == AttributeType.String && !a.MultiValued
            && (a.Uniqueness != Uniqueness.None
                || (isGroup && database.Options.UniqueGroupDisplayName && string.Equals(a.Name, "displayName", StringComparison.OrdinalIgnoreCase))))];
        _memberAttribute = resourceType.Schema.FindAttribute("members") is { MultiValued: true, Type: AttributeType.Complex } members
            ? members.Name
            : null;
    }

    /// <inheritdoc />
    public ResourceTypeDefinition ResourceType { get; }

    private TimeProvider Clock => _database.Options.TimeProvider;

    /// <inheritdoc />
    public Task<ScimResource> CreateAsync(ScimTenant tenant, ScimResource resource, CancellationToken cancellationToken = default) =>
        Run(() => Create(tenant, resource), cancellationToken);

    /// <inheritdoc />
    public Task<ScimResource?> GetAsync(ScimTenant tenant, string id, ScimLoadOptions? load = null, CancellationToken cancellationToken = default) =>
        Run(() => Get(tenant, id, load ?? ScimLoadOptions.Full), cancellationToken);

    /// <inheritdoc />
    public Task<ScimQueryResult> QueryAsync(ScimTenant tenant, ScimQuery query, CancellationToken cancellationToken = default) =>
        Run(() => Query(tenant, query, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<ScimResource?> ReplaceAsync(ScimTenant tenant, ScimResource resource, string? expectedVersion, CancellationToken cancellationToken = default) =>
        Run(() => Replace(tenant, resource, expectedVersion), cancellationToken);

    /// <inheritdoc />
    public Task<ScimResource?> ApplyPatchAsync(ScimTenant tenant, PatchResult patch, string? expectedVersion, CancellationToken cancellationToken = default) =>
        Run(() => ApplyPatch(tenant, patch, expectedVersion), cancellationToken);

    /// <inheritdoc />
    public Task<bool> DeleteAsync(ScimTenant tenant, string id, string? expectedVersion, CancellationToken cancellationToken = default) =>
        Run(() => Delete(tenant, id, expectedVersion), cancellationToken);

    private static Task<T> Run<T>(Func<T> operation, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        try
        {
            return Task.FromResult(operation());
        }
        catch (Exception ex)
        {
            return Task.FromException<T>(ex);
        }
    }

    private InMemoryCollection Collection(ScimTenant tenant) =>
        _database.Tenant(tenant).Collections.GetOrAdd(ResourceType.Name, static (_, store) => new InMemoryCollection(store._uniqueAttributes.Length, store._memberAttribute), this);

    private InMemoryCollection? FindCollection(ScimTenant tenant) =>
        _database.FindTenant(tenant)?.Collections.GetValueOrDefault(ResourceType.Name);

    private ScimResource Create(ScimTenant tenant, ScimResource resource)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(resource);
        var id = resource.Id ?? GuidScimIdGenerator.Instance.GenerateId(tenant, resource);
        if (id.Length == 0)
        {
            throw ScimException.InvalidValue("The id must not be empty.");
        }

        var (attributes, members) = Split(resource, id);
        var keys = UniqueKeysOf(attributes);
        var collection = Collection(tenant);
        Claim(collection, keys, new string?[keys.Length], id);
        var now = Clock.GetUtcNow();
        var record = new InMemoryRecord(attributes, 1, now, now);
        var entry = new InMemoryEntry(id, collection.NextSequence(), record, members, keys);
        if (!collection.Entries.TryAdd(id, entry))
        {
            Release(collection, keys, id);
            throw ScimException.Uniqueness($"A {ResourceType.Name} with this id already exists.");
        }

        return Present(record, members?.Values, includeMembers: members is not null);
    }

    private ScimResource? Get(ScimTenant tenant, string id, ScimLoadOptions load)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(id);
        if (FindCollection(tenant)?.Entries.GetValueOrDefault(id) is not { } entry)
        {
            return null;
        }

        var includeMembers = _memberAttribute is not null && load.Includes(_memberAttribute);
        var snapshot = Snapshot(entry, includeMembers);
        return snapshot is null ? null : Present(snapshot.Value.Record, snapshot.Value.Members, includeMembers);
    }

    private ScimQueryResult Query(ScimTenant tenant, ScimQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(query);
        var fingerprint = ScimCursor.FingerprintOf(query.SortBy, query.SortDescending);
        ScimCursor? cursor = null;
        var cursorKey = InMemorySortKey.None;
        if (!string.IsNullOrEmpty(query.Cursor))
        {
            cursor = ScimCursor.Decode(query.Cursor, fingerprint);
            if (!InMemorySortKey.TryDecode(cursor.SortKey, out cursorKey))
            {
                throw new ScimException(400, ScimErrorType.InvalidCursor, "The cursor is not one this service issued.");
            }
        }

        var includeMembers = _memberAttribute is not null && query.Load.Includes(_memberAttribute);
        var loadMembers = includeMembers || (_memberAttribute is not null
            && ((query.Filter is not null && FilterAttributeReferences.Mentions(query.Filter, _memberAttribute))
                || string.Equals(query.SortBy?.Name, _memberAttribute, StringComparison.OrdinalIgnoreCase)));
        var matcher = query.Filter is null ? null : ScimFilter.Bind(query.Filter, ResourceType);
        var sortPath = query.SortBy is null ? null : InMemorySortKey.Bind(query.SortBy, ResourceType);

        var rows = new List<Row>();
        foreach (var entry in FindCollection(tenant)?.Entries.Values ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Snapshot(entry, loadMembers) is not { } snapshot)
            {
                continue;
            }

            var full = Present(snapshot.Record, snapshot.Members, loadMembers);
            if (matcher is not null && !matcher.Matches(full))
            {
                continue;
            }

            var key = sortPath is null ? InMemorySortKey.Of(entry.Sequence) : InMemorySortKey.Read(full, sortPath);
            rows.Add(new Row(key, entry.Id, includeMembers || !loadMembers ? full : Present(snapshot.Record, null, false)));
        }

        var comparer = new RowComparer(query.SortDescending);
        rows.Sort(comparer);
        var count = Math.Max(0, query.Count);
        int start, end;
        if (query.Cursor is null)
        {
            start = Math.Min(rows.Count, Math.Max(1, query.StartIndex) - 1);
            end = (int)Math.Min(rows.Count, (long)start + count);
            return new ScimQueryResult(rows.GetRange(start, end - start).ConvertAll(r => r.Resource), rows.Count);
        }

        if (cursor is null)
        {
            (start, end) = (0, Math.Min(rows.Count, count));
        }
        else if (!cursor.Backward)
        {
            start = LowerBound(rows, new Row(cursorKey, cursor.Id, null!), comparer, inclusive: false);
            end = (int)Math.Min(rows.Count, (long)start + count);
        }
        else
        {
            end = LowerBound(rows, new Row(cursorKey, cursor.Id, null!), comparer, inclusive: true);
            start = Math.Max(0, end - count);
        }

        string? next = null, previous = null;
        if (count > 0 && end > start)
        {
            if (end < rows.Count)
            {
                next = new ScimCursor(rows[end - 1].Key.Encode(), rows[end - 1].Id, backward: false, fingerprint).Encode();
            }

            if (start > 0)
            {
                previous = new ScimCursor(rows[start].Key.Encode(), rows[start].Id, backward: true, fingerprint).Encode();
            }
        }

        return new ScimQueryResult(rows.GetRange(start, end - start).ConvertAll(r => r.Resource), rows.Count, next, previous);
    }

    private ScimResource? Replace(ScimTenant tenant, ScimResource resource, string? expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(resource);
        var id = resource.Id ?? throw new ArgumentException("The resource to replace needs an id.", nameof(resource));
        var collection = FindCollection(tenant);
        if (collection?.Entries.GetValueOrDefault(id) is not { } entry)
        {
            return null;
        }

        var (attributes, members) = Split(resource, id);
        var newKeys = UniqueKeysOf(attributes);
        lock (entry.Gate)
        {
            if (entry.Deleted)
            {
                return null;
            }

            var current = entry.Record;
            CheckVersion(expectedVersion, current);
            var membersChanged = members is not null && !SameMembers(entry.Members!, members);
            if (attributes.Equals(current.Resource) && !membersChanged)
            {
                return Present(current, entry.Members?.Values, includeMembers: members is not null);
            }

            Claim(collection, newKeys, entry.UniqueKeys, id);
            var oldKeys = entry.UniqueKeys;
            var record = current with { Resource = attributes, Version = current.Version + 1, LastModified = Clock.GetUtcNow() };
            entry.Record = record;
            if (membersChanged)
            {
                entry.Members = members;
            }

            entry.UniqueKeys = newKeys;
            ReleaseReplaced(collection, oldKeys, newKeys, id);
            return Present(record, entry.Members?.Values, includeMembers: members is not null);
        }
    }

    private ScimResource? ApplyPatch(ScimTenant tenant, PatchResult patch, string? expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(patch);
        var id = patch.Resource.Id ?? throw new ArgumentException("The patched resource needs an id.", nameof(patch));
        var collection = FindCollection(tenant);
        if (collection?.Entries.GetValueOrDefault(id) is not { } entry)
        {
            return null;
        }

        var deltas = new List<(MultiValuedAttributeDelta Delta, List<ScimMember> Added)>(patch.Changes.Deltas.Count);
        foreach (var delta in patch.Changes.Deltas)
        {
            if (!string.Equals(delta.AttributeName, _memberAttribute, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"The {ResourceType.Name} store keeps no attribute '{delta.AttributeName}' as rows; evaluate the PATCH without deferring it.");
            }

            deltas.Add((delta, delta.Added.Select(value => ScimMember.From(value)).ToList()));
        }

        lock (entry.Gate)
        {
            if (entry.Deleted)
            {
                return null;
            }

            var current = entry.Record;
            CheckVersion(expectedVersion, current);

            // Attributes first (validation and uniqueness can still fail), member set last: nothing is half-done.
            var attributes = current.Resource;
            Dictionary<string, ScimMember>? replacedMembers = null;
            foreach (var name in patch.Changes.ChangedAttributes)
            {
                if (string.Equals(name, "id", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "meta", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (string.Equals(name, _memberAttribute, StringComparison.OrdinalIgnoreCase))
                {
                    replacedMembers = ReadMembers(patch.Resource[name]);
                    continue;
                }

                attributes = attributes.With(name, patch.Resource[name]);
            }

            var attributesChanged = !attributes.Equals(current.Resource);
            var newKeys = attributesChanged ? UniqueKeysOf(attributes) : entry.UniqueKeys;
            if (attributesChanged)
            {
                Claim(collection, newKeys, entry.UniqueKeys, id);
            }

            var membersChanged = false;
            if (replacedMembers is not null)
            {
                membersChanged |= !SameMembers(entry.Members!, replacedMembers);
                entry.Members = replacedMembers;
            }

            foreach (var (delta, added) in deltas)
            {
                membersChanged |= ApplyDelta(entry, delta, added);
            }

            if (!attributesChanged && !membersChanged)
            {
                return Present(current, null, includeMembers: false);
            }

            var record = current with { Resource = attributes, Version = current.Version + 1, LastModified = Clock.GetUtcNow() };
            entry.Record = record;
            if (attributesChanged)
            {
                var oldKeys = entry.UniqueKeys;
                entry.UniqueKeys = newKeys;
                ReleaseReplaced(collection, oldKeys, newKeys, id);
            }

            return Present(record, null, includeMembers: false);
        }
    }

    private bool Delete(ScimTenant tenant, string id, string? expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(id);
        var collection = FindCollection(tenant);
        if (collection?.Entries.GetValueOrDefault(id) is not { } entry)
        {
            return false;
        }

        lock (entry.Gate)
        {
            if (entry.Deleted)
            {
                return false;
            }

            CheckVersion(expectedVersion, entry.Record);
            entry.Deleted = true;
            collection.Entries.TryRemove(new KeyValuePair<string, InMemoryEntry>(id, entry));
            Release(collection, entry.UniqueKeys, id);
        }

        RemoveFromAllGroups(tenant, id);
        return true;
    }

    /// <summary>Removes a deleted resource from the member set of every group of the tenant, bumping the versions of the groups that had it.</summary>
    private void RemoveFromAllGroups(ScimTenant tenant, string memberId)
    {
        foreach (var collection in _database.FindTenant(tenant)?.Collections.Values ?? [])
        {
            if (collection.MemberAttribute is null)
            {
                continue;
            }

            foreach (var group in collection.Entries.Values)
            {
                lock (group.Gate)
                {
                    if (!group.Deleted && group.Members!.Remove(memberId))
                    {
                        var record = group.Record;
                        group.Record = record with { Version = record.Version + 1, LastModified = Clock.GetUtcNow() };
                    }
                }
            }
        }
    }

    private static bool ApplyDelta(InMemoryEntry entry, MultiValuedAttributeDelta delta, List<ScimMember> additions)
    {
        var members = entry.Members!;
        if (delta.ClearExisting)
        {
            var replacement = new Dictionary<string, ScimMember>(StringComparer.Ordinal);
            foreach (var member in additions)
            {
                replacement[member.Value] = member;
            }

            var changed = !SameMembers(members, replacement);
            entry.Members = replacement;
            return changed;
        }

        var any = false;
        foreach (var key in delta.Removed)
        {
            any |= members.Remove(key);
        }

        foreach (var member in additions)
        {
            any |= members.TryAdd(member.Value, member);
        }

        return any;
    }

    private static bool SameMembers(Dictionary<string, ScimMember> current, Dictionary<string, ScimMember> replacement)
    {
        if (current.Count != replacement.Count)
        {
            return false;
        }

        foreach (var (key, member) in replacement)
        {
            if (!current.TryGetValue(key, out var existing) || existing != member)
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckVersion(string? expectedVersion, InMemoryRecord current)
    {
        if (!ScimVersion.Matches(expectedVersion, current.Version))
        {
            throw ScimException.PreconditionFailed("The resource has changed since the version given; read it again and retry.");
        }
    }

    /// <summary>Splits a resource into its stored attributes (id set, no meta, no members) and its member set.</summary>
    private (ScimResource Attributes, Dictionary<string, ScimMember>? Members) Split(ScimResource resource, string id)
    {
        if (!ReferenceEquals(resource.ResourceType, ResourceType)
            && !string.Equals(resource.ResourceType.Name, ResourceType.Name, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The {ResourceType.Name} store cannot keep a {resource.ResourceType.Name}.", nameof(resource));
        }

        var attributes = ScimResourceMeta.Strip(resource).With("id", new ScimString(id));
        if (_memberAttribute is null)
        {
            return (attributes, null);
        }

        var members = ReadMembers(attributes[_memberAttribute]);
        return (attributes.With(_memberAttribute, null), members);
    }

    private static Dictionary<string, ScimMember> ReadMembers(ScimValue? value)
    {
        var members = new Dictionary<string, ScimMember>(StringComparer.Ordinal);
        if (value is ScimMultiValue list)
        {
            foreach (var item in list)
            {
                var member = ScimMember.From(item);
                members[member.Value] = member;
            }
        }
        else if (value is not null)
        {
            throw ScimException.InvalidValue("\"members\" must be an array.");
        }

        return members;
    }

    private string?[] UniqueKeysOf(ScimResource attributes)
    {
        var keys = new string?[_uniqueAttributes.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var definition = _uniqueAttributes[i];
            if (attributes[definition.Name] is ScimString { Value: var value })
            {
                keys[i] = definition.CaseExact ? value : ScimUniqueness.Normalize(value);
            }
        }

        return keys;
    }

    /// <summary>Claims every key the resource does not hold yet; on a conflict releases what it claimed and throws 409.</summary>
    private void Claim(InMemoryCollection collection, string?[] keys, string?[] held, string id)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is not { } key || string.Equals(key, held[i], StringComparison.Ordinal))
            {
                continue;
            }

            if (!collection.UniqueIndexes[i].TryAdd(key, id))
            {
                for (var j = 0; j < i; j++)
                {
                    if (keys[j] is { } claimed && !string.Equals(claimed, held[j], StringComparison.Ordinal))
                    {
                        collection.UniqueIndexes[j].TryRemove(new KeyValuePair<string, string>(claimed, id));
                    }
                }

                throw ScimException.Uniqueness($"The {_uniqueAttributes[i].Name} is already in use by another {ResourceType.Name}.");
            }
        }
    }

    private static void Release(InMemoryCollection collection, string?[] keys, string id)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                collection.UniqueIndexes[i].TryRemove(new KeyValuePair<string, string>(key, id));
            }
        }
    }

    private static void ReleaseReplaced(InMemoryCollection collection, string?[] oldKeys, string?[] newKeys, string id)
    {
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] is { } key && !string.Equals(key, newKeys[i], StringComparison.Ordinal))
            {
                collection.UniqueIndexes[i].TryRemove(new KeyValuePair<string, string>(key, id));
            }
        }
    }

    private static (InMemoryRecord Record, ScimMember[]? Members)? Snapshot(InMemoryEntry entry, bool withMembers)
    {
        if (!withMembers || entry.Members is null)
        {
            return (entry.Record, null);
        }

        lock (entry.Gate)
        {
            return entry.Deleted ? null : (entry.Record, [.. entry.Members.Values]);
        }
    }

    private ScimResource Present(InMemoryRecord record, IEnumerable<ScimMember>? members, bool includeMembers)
    {
        var resource = record.Resource;
        if (includeMembers && _memberAttribute is not null && members is not null)
        {
            var list = members.Select(m => (ScimValue)m.ToComplex()).ToArray();
            if (list.Length > 0)
            {
                resource = resource.With(_memberAttribute, ScimMultiValue.Create(list));
            }
        }

        return ScimResourceMeta.Stamp(resource, record.Created, record.LastModified, ScimVersion.Format(record.Version));
    }

    private static int LowerBound(List<Row> rows, Row probe, RowComparer comparer, bool inclusive)
    {
        int low = 0, high = rows.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var order = comparer.Compare(rows[middle], probe);
            if (order < 0 || (!inclusive && order == 0))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private sealed record Row(InMemorySortKey Key, string Id, ScimResource Resource);

    private sealed class RowComparer(bool descending) : IComparer<Row>
    {
        public int Compare(Row? x, Row? y)
        {
            var order = InMemorySortKey.Compare(x!.Key, y!.Key);
            if (order == 0)
            {
                order = string.CompareOrdinal(x.Id, y.Id);
            }

            return descending ? -order : order;
        }
    }
}
