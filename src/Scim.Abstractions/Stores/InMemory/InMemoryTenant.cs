using System.Collections.Concurrent;

namespace Scim.Abstractions;

/// <summary>One tenant's collections, by resource type name.</summary>
internal sealed class InMemoryTenant
{
    /// <summary>The collections by resource type name (case-insensitive).</summary>
    public ConcurrentDictionary<string, InMemoryCollection> Collections { get; } = new(StringComparer.OrdinalIgnoreCase);
}
