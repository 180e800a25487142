using Scim.Schema;
using Scim.Testing;

namespace Scim.Abstractions.Tests;

public sealed class IdGeneratorTests
{
    [Theory]
    [InlineData("Sales", "Sales")]
    [InlineData("Sales - EMEA.North", "Sales___EMEA_North")]
    [InlineData("a.b-c d", "a_b_c_d")]
    public void Group_ids_derive_from_the_display_name(string displayName, string id) =>
        Assert.Equal(id, new DisplayNameScimIdGenerator().GenerateId(ScimTenant.Default, ScimTestResources.Group(displayName)));

    [Fact]
    public void Users_fall_back_to_guids()
    {
        var id = new DisplayNameScimIdGenerator().GenerateId(ScimTenant.Default, ScimTestResources.User("u", displayName: "Not an id"));

        Assert.True(Guid.TryParse(id, out _));
    }

    [Fact]
    public void A_group_without_a_display_name_is_400()
    {
        var nameless = new ScimResource(CoreSchemas.GroupResourceType, ScimComplex.Empty);

        var error = Assert.Throws<ScimException>(() => new DisplayNameScimIdGenerator().GenerateId(ScimTenant.Default, nameless));

        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
    }

    [Fact]
    public void Guid_ids_are_distinct()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => GuidScimIdGenerator.Instance.GenerateId(ScimTenant.Default, ScimTestResources.User("x"))).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(1000, ids.Count);
    }

    [Fact]
    public async Task A_group_keeps_its_derived_id_after_a_rename()
    {
        var database = new InMemoryScimDatabase();
        var generator = new DisplayNameScimIdGenerator();
        var group = ScimTestResources.Group("Old Name");
        var created = await database.Groups.CreateAsync(ScimTenant.Default, group.With("id", new ScimString(generator.GenerateId(ScimTenant.Default, group))));

        var renamed = await database.Groups.ApplyPatchAsync(ScimTenant.Default, ScimTestResources.SetAttributes(created, ("displayName", new ScimString("New Name"))), null);

        Assert.Equal("Old_Name", renamed!.Id);
        Assert.Equal("New Name", (renamed["displayName"] as ScimString)?.Value);
    }
}
