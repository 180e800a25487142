using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>
/// Derives a group's id from its <c>displayName</c>: the name with every <c>.</c>, <c>-</c> and space replaced by
/// <c>_</c> (<c>"Sales - EMEA.North"</c> becomes <c>"Sales___EMEA_North"</c>), for backends whose group keys are
/// names. Resources of other types get ids from the fallback generator (GUIDs by default).
/// </summary>
/// <remarks>
/// Ids are generated only at creation, so renaming a group later keeps its id. Two names that derive the same id
/// (<c>"a.b"</c> and <c>"a-b"</c>) conflict: the store refuses the second create with 409 <c>uniqueness</c>.
/// </remarks>
public sealed class DisplayNameScimIdGenerator : IScimIdGenerator
{
    private readonly IScimIdGenerator _fallback;
    private readonly HashSet<string> _resourceTypes;

    /// <summary>Creates a generator that derives ids for Group resources and falls back to GUIDs for the rest.</summary>
    public DisplayNameScimIdGenerator()
        : this(GuidScimIdGenerator.Instance, "Group")
    {
    }

    /// <summary>Creates a generator.</summary>
    /// <param name="fallback">The generator for resource types not listed.</param>
    /// <param name="resourceTypes">The names of the resource types whose ids derive from <c>displayName</c>.</param>
    public DisplayNameScimIdGenerator(IScimIdGenerator fallback, params string[] resourceTypes)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        ArgumentNullException.ThrowIfNull(resourceTypes);
        _fallback = fallback;
        _resourceTypes = new HashSet<string>(resourceTypes, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Derives the id for a display name.</summary>
    /// <param name="displayName">The display name.</param>
    /// <returns>The id.</returns>
    public static string DeriveId(string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        return string.Create(displayName.Length, displayName, static (span, name) =>
        {
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                span[i] = c is '.' or '-' or ' ' ? '_' : c;
            }
        });
    }

    /// <inheritdoc />
    /// <exception cref="ScimException">400 <c>invalidValue</c> when the group has no non-blank <c>displayName</c>.</exception>
    public string GenerateId(ScimTenant tenant, ScimResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (!_resourceTypes.Contains(resource.ResourceType.Name))
        {
            return _fallback.GenerateId(tenant, resource);
        }

        if (resource["displayName"] is not ScimString { Value: var name } || string.IsNullOrWhiteSpace(name))
        {
            throw ScimException.InvalidValue($"A {resource.ResourceType.Name} needs a displayName: its id is derived from it.");
        }

        return DeriveId(name);
    }
}
