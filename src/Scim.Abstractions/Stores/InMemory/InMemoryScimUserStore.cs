using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>The in-memory User store: <c>userName</c> unique per tenant under <see cref="ScimUniqueness"/>. Get one from <see cref="InMemoryScimDatabase.Users"/>.</summary>
public sealed class InMemoryScimUserStore : InMemoryScimStore, IScimUserStore
{
    internal InMemoryScimUserStore(InMemoryScimDatabase database, ResourceTypeDefinition resourceType)
        : base(database, resourceType)
    {
    }
}
