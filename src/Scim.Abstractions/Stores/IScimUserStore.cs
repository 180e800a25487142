namespace Scim.Abstractions;

/// <summary>The store of the User resource type.</summary>
public interface IScimUserStore : IScimResourceStore
{
}
