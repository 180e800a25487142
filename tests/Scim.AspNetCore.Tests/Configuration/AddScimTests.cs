using Microsoft.Extensions.DependencyInjection;
using Scim.Abstractions;
using Scim.Schema;

namespace Scim.AspNetCore.Tests;

/// <summary>AddScim: defaults, validation, repeated calls, store registration.</summary>
public sealed class AddScimTests
{
    [Fact]
    public void Defaults_are_the_reliability_limits()
    {
        var options = new ServiceCollection().AddScim().Options;
        Assert.Equal(8192, options.Limits.MaxFilterLength);
        Assert.Equal(32, options.Limits.MaxFilterNestingDepth);
        Assert.Equal(100, options.Limits.MaxFilterComparisons);
        Assert.Equal(1024, options.Limits.MaxPathLength);
        Assert.Equal(1000, options.Limits.MaxPatchOperations);
        Assert.Equal(10_000, options.Limits.MaxValuesPerRequest);
        Assert.Equal(100, options.Limits.DefaultPageSize);
        Assert.Equal(1000, options.Limits.MaxPageSize);
        Assert.Equal(1024 * 1024, options.Limits.MaxRequestBodySize);
        Assert.Equal(32, options.Limits.MaxJsonDepth);
        Assert.False(options.Patch.GroupPatchReturnsResource);
        Assert.True(options.Patch.UserPatchReturnsResource);
        Assert.True(options.Patch.ClientCompatibility);
        Assert.Equal(ScimAuthenticationMode.BearerToken, options.Authentication.Mode);
        Assert.False(options.Authentication.ServiceProviderConfigRequiresAuthentication);
    }

    [Fact]
    public void Calling_add_scim_twice_configures_the_same_options_and_registers_once()
    {
        var services = new ServiceCollection();
        var first = services.AddScim(o => o.Limits.MaxPageSize = 500);
        var second = services.AddScim(o => o.Patch.GroupPatchReturnsResource = true);
        Assert.Same(first.Options, second.Options);
        Assert.Same(first.Catalog, second.Catalog);
        Assert.Equal(500, second.Options.Limits.MaxPageSize);
        Assert.True(first.Options.Patch.GroupPatchReturnsResource);
        Assert.Single(services, d => d.ServiceType == typeof(ScimOptions));
        Assert.Single(services, d => d.ServiceType == typeof(IScimTokenValidator));
    }

    [Theory]
    [InlineData("page")]
    [InlineData("depth")]
    [InlineData("body")]
    [InlineData("bulk")]
    [InlineData("retries")]
    [InlineData("tenant")]
    public void Out_of_range_options_are_refused_at_add_scim(string which)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddScim(o =>
        {
            switch (which)
            {
                case "page": o.Limits.DefaultPageSize = 2000; break;
                case "depth": o.Limits.MaxFilterNestingDepth = 0; break;
                case "body": o.Limits.MaxRequestBodySize = 10; break;
                case "bulk": o.Bulk.MaxOperations = 0; break;
                case "retries": o.Patch.MaxConcurrencyRetries = -1; break;
                case "tenant": o.TenantRouteValueName = " "; break;
            }
        }));
        Assert.StartsWith("Invalid SCIM options", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tokens_are_kept_as_hashes_and_compared_per_tenant()
    {
        var options = new ScimOptions();
        options.Authentication.AddBearerToken("acme", "a-long-enough-secret");
        Assert.True(options.Authentication.IsConfiguredBearerToken("acme", "a-long-enough-secret"));
        Assert.False(options.Authentication.IsConfiguredBearerToken("globex", "a-long-enough-secret"));
        Assert.False(options.Authentication.IsConfiguredBearerToken("acme", ""));
        Assert.False(options.Authentication.IsConfiguredBearerToken("acme", "a-long-enough-secreT"));
        Assert.Throws<ArgumentException>(() => options.Authentication.AddBearerToken("acme", "short"));
        Assert.Throws<ArgumentException>(() => options.Authentication.AddBearerToken("acme", "   "));
    }

    [Fact]
    public async Task Stores_extensions_and_id_generators_are_resolved_through_the_catalog()
    {
        var services = new ServiceCollection();
        var extension = new SchemaDefinition("urn:example:ext:2.0:Group", "GroupExtension", null, [new AttributeDefinition("costCenter")]);
        services.AddScim()
            .UseInMemoryStores()
            .AddSchemaExtension("Group", extension)
            .UseIdGenerator("Group", new DisplayNameScimIdGenerator());
        await using var provider = services.BuildServiceProvider();
        var catalog = provider.GetRequiredService<ScimResourceCatalog>();
        var store = catalog.GetStore(provider, "Group");
        Assert.Same(store, provider.GetRequiredService<IScimGroupStore>());
        Assert.NotNull(store.ResourceType.FindExtension(extension.Id));
        Assert.IsType<DisplayNameScimIdGenerator>(catalog.GetIdGenerator(provider, "Group"));
        Assert.Null(catalog.GetIdGenerator(provider, "User"));
        Assert.Throws<InvalidOperationException>(() => catalog.GetStore(provider, "Device"));
    }

    [Fact]
    public void A_store_type_that_is_not_a_store_is_refused()
    {
        var builder = new ServiceCollection().AddScim();
        var type = new ResourceTypeDefinition("Thing", "/Things", new SchemaDefinition("urn:example:Thing", "Thing", null, []));
        Assert.Throws<ArgumentException>(() => builder.AddResourceType(type, typeof(string)));
    }
}
