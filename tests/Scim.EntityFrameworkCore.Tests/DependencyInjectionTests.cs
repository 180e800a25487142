using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Scim.Abstractions;
using Scim.Testing;

namespace Scim.EntityFrameworkCore.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task AddEntityFrameworkCoreStores_serves_users_and_groups_from_a_migrated_database()
    {
        var path = Path.Combine(Path.GetTempPath(), "scim-di-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            var services = new ServiceCollection();
            services.AddScim().AddEntityFrameworkCoreStores(options => options.UseSqlite("Data Source=" + path));
            await using var provider = services.BuildServiceProvider();
            await provider.MigrateScimDatabaseAsync();

            var users = provider.GetRequiredService<IScimUserStore>();
            var groups = provider.GetRequiredService<IScimGroupStore>();
            var user = await users.CreateAsync(ScimTenant.Default, ScimTestResources.User("di-user"));
            var group = await groups.CreateAsync(ScimTenant.Default, ScimTestResources.Group("DI", null, user.Id!));

            Assert.IsType<EntityFrameworkScimUserStore>(users);
            Assert.IsType<EntityFrameworkScimGroupStore>(groups);
            Assert.Equal([user.Id!], ScimTestResources.MemberIds(await groups.GetAsync(ScimTenant.Default, group.Id!)));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
