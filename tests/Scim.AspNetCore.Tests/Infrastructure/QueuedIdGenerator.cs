using System.Collections.Concurrent;
using Scim.Abstractions;
using Scim.Schema;

namespace Scim.AspNetCore.Tests;

/// <summary>Hands out the ids a test queued (so conformance cases can use their documented ids), then random GUIDs.</summary>
public sealed class QueuedIdGenerator : IScimIdGenerator
{
    private readonly ConcurrentQueue<string> _ids = new();

    public void Enqueue(params string[] ids)
    {
        foreach (var id in ids)
        {
            _ids.Enqueue(id);
        }
    }

    public string GenerateId(ScimTenant tenant, ScimResource resource) =>
        _ids.TryDequeue(out var id) ? id : Guid.NewGuid().ToString("N");
}
