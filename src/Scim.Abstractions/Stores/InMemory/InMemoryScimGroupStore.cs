using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>
/// The in-memory Group store: <c>members</c> kept as a per-group set (a member add touches one entry), and
/// <c>displayName</c> unique per tenant unless <see cref="InMemoryScimStoreOptions.UniqueGroupDisplayName"/> is off.
/// Get one from <see cref="InMemoryScimDatabase.Groups"/>.
/// </summary>
public sealed class InMemoryScimGroupStore : InMemoryScimStore, IScimGroupStore
{
    internal InMemoryScimGroupStore(InMemoryScimDatabase database, ResourceTypeDefinition resourceType)
        : base(database, resourceType)
    {
    }
}
