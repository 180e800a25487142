namespace Scim.Abstractions;

/// <summary>
/// The store of the Group resource type. Members are applied as deltas (see
/// <see cref="IScimResourceStore.ApplyPatchAsync"/>); a member add is one insert and a remove one delete.
/// </summary>
public interface IScimGroupStore : IScimResourceStore
{
}
