namespace Scim.AspNetCore;

/// <summary>Marks the endpoints <c>MapScim</c> created, so that pipeline components outside them can answer in SCIM.</summary>
internal sealed class ScimEndpointMetadata
{
    public static ScimEndpointMetadata Instance { get; } = new();
}
