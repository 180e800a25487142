using Scim.Testing;

namespace Scim.Abstractions.Tests;

/// <summary>The store contract on the in-memory store.</summary>
public sealed class InMemoryScimStoreContractTests : ScimStoreContractTests
{
    private readonly InMemoryScimDatabase _database = new();

    /// <inheritdoc />
    protected override IScimUserStore Users => _database.Users;

    /// <inheritdoc />
    protected override IScimGroupStore Groups => _database.Groups;
}
