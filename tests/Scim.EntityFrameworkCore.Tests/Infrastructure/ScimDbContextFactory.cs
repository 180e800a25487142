using Microsoft.EntityFrameworkCore;

namespace Scim.EntityFrameworkCore.Tests;

/// <summary>Creates contexts from fixed options (what <c>AddDbContextFactory</c> does in a host).</summary>
public sealed class ScimDbContextFactory(DbContextOptions<ScimDbContext> options) : IDbContextFactory<ScimDbContext>
{
    public ScimDbContext CreateDbContext() => new(options);
}
