namespace Scim.Schema.Tests;

public sealed class RfcExampleTests
{
    public static TheoryData<string, string> Examples => new()
    {
        { RfcExample.MinimalUser, "User" },
        { RfcExample.FullUser, "User" },
        { RfcExample.EnterpriseUser, "User" },
        { RfcExample.Group, "Group" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rfc_7643_section_8_example_reads_and_writes_back_equal(string example, string resourceType)
    {
        var json = RfcExample.Load(example);
        var type = ScimSchemaRegistry.CreateDefault().FindResourceType(resourceType)!;

        var resource = ScimJsonReader.ReadResource(json, type, ScimJsonReadOptions.Stored);
        var written = ScimJsonWriter.SerializeResourceToString(resource, ScimJsonWriteOptions.Storage);

        JsonAssert.Equivalent(json, written);
        Assert.Equal(resource, ScimJsonReader.ReadResource(written, type, ScimJsonReadOptions.Stored));
    }

    [Fact]
    public void Full_user_example_keeps_typed_values()
    {
        var user = ScimJsonReader.ReadResource(RfcExample.Load(RfcExample.FullUser), CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored);

        Assert.Equal("2819c223-7f76-453a-919d-413861904646", user.Id);
        Assert.Equal("W/\"a330bc54f0671c9\"", user.Version);
        Assert.Equal(ScimBoolean.True, user["active"]);
        Assert.IsType<ScimReference>(user["profileUrl"]);
        Assert.IsType<ScimBinary>(((ScimComplex)((ScimMultiValue)user["x509Certificates"]!)[0])["value"]);
        Assert.Equal(new DateTimeOffset(2011, 5, 13, 4, 42, 34, TimeSpan.Zero), ((ScimDateTime)user.Meta!["lastModified"]!).Value);
        Assert.Equal(3, ((ScimMultiValue)user["groups"]!).Count);
    }

    [Fact]
    public void Full_user_example_in_a_response_has_no_password()
    {
        var user = ScimJsonReader.ReadResource(RfcExample.Load(RfcExample.FullUser), CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored);

        var response = ScimJsonWriter.SerializeResourceToString(ScimProjection.Default(user.ResourceType).Apply(user));

        Assert.DoesNotContain("password", response, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("t1meMa$heen", response, StringComparison.Ordinal);
    }

    [Fact]
    public void Enterprise_user_example_lists_the_extension_in_schemas_and_keeps_the_manager()
    {
        var user = ScimJsonReader.ReadResource(RfcExample.Load(RfcExample.EnterpriseUser), CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored);

        Assert.Equal([ScimSchemaIds.User, ScimSchemaIds.EnterpriseUser], user.Schemas);
        var manager = (ScimComplex)user.GetExtension(ScimSchemaIds.EnterpriseUser)!["manager"]!;
        Assert.Equal(new ScimString("John Smith"), manager["displayName"]);
        Assert.Equal(new ScimReference("../Users/26118915-6090-4610-87e4-49d8ca9f808d"), manager["$ref"]);
    }

    [Fact]
    public void Enterprise_user_example_as_a_request_drops_read_only_values()
    {
        var user = ScimJsonReader.ReadResource(RfcExample.Load(RfcExample.EnterpriseUser), CoreSchemas.UserResourceType);

        Assert.Null(user.Id);
        Assert.Null(user.Meta);
        Assert.Null(user["groups"]);
        var manager = (ScimComplex)user.GetExtension(ScimSchemaIds.EnterpriseUser)!["manager"]!;
        Assert.Null(manager["displayName"]);
        Assert.Equal(new ScimString("t1meMa$heen"), user["password"]);
    }
}
