namespace Scim.Schema.Tests;

public sealed class ProjectionTests
{
    private const string Enterprise = ScimSchemaIds.EnterpriseUser;

    private static readonly ScimResource User =
        ScimJsonReader.ReadResource(RfcExample.Load(RfcExample.EnterpriseUser), CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored);

    private static readonly ScimResource Group =
        ScimJsonReader.ReadResource(RfcExample.Load(RfcExample.Group), CoreSchemas.GroupResourceType, ScimJsonReadOptions.Stored);

    private static ScimResource Project(ScimResource resource, string? attributes, string? excludedAttributes) =>
        ScimProjection.Create(resource.ResourceType, attributes, excludedAttributes).Apply(resource);

    [Fact]
    public void Default_projection_returns_default_attributes_and_never_the_password()
    {
        var projected = Project(User, null, null);

        Assert.Null(projected["password"]);
        Assert.NotNull(projected["userName"]);
        Assert.NotNull(projected["groups"]);
        Assert.NotNull(projected.GetExtension(Enterprise));
        Assert.Equal(User.Attributes.Count - 1, projected.Attributes.Count);
    }

    [Fact]
    public void Attributes_returns_only_the_named_attributes_plus_id()
    {
        var projected = Project(User, "userName,displayName", null);

        Assert.Equal(["displayName", "id", "userName"], projected.Attributes.Names.Order(StringComparer.Ordinal));
        Assert.Equal([ScimSchemaIds.User], projected.Schemas);
    }

    [Fact]
    public void Password_is_never_returned_even_when_asked_for()
    {
        Assert.Null(Project(User, "password,userName", null)["password"]);
        Assert.False(ScimProjection.Create(CoreSchemas.UserResourceType, "password", null).Includes("password"));
    }

    [Fact]
    public void Id_is_returned_even_when_excluded_or_not_named()
    {
        Assert.Equal(User.Id, Project(User, null, "id").Id);
        Assert.Equal(User.Id, Project(User, "displayName", null).Id);
    }

    [Fact]
    public void Excluded_attributes_are_removed_and_others_kept()
    {
        var projected = Project(User, null, "emails,groups,name");

        Assert.Null(projected["emails"]);
        Assert.Null(projected["groups"]);
        Assert.Null(projected["name"]);
        Assert.NotNull(projected["userName"]);
        Assert.NotNull(projected["phoneNumbers"]);
    }

    [Fact]
    public void Excluding_members_drops_them_and_tells_the_store_not_to_load_them()
    {
        var projection = ScimProjection.Create(CoreSchemas.GroupResourceType, null, "members");

        Assert.False(projection.Includes("members"));
        Assert.False(projection.Includes("members.value"));
        Assert.True(projection.Includes("displayName"));
        Assert.Null(projection.Apply(Group)["members"]);
        Assert.Equal(new ScimString("Tour Guides"), projection.Apply(Group)["displayName"]);
    }

    [Fact]
    public void Names_are_case_insensitive_and_trimmed()
    {
        var projected = Project(User, " USERNAME , Name.GivenName ", "  EMAILS ");

        Assert.NotNull(projected["userName"]);
        Assert.Equal(ScimComplex.Create(("givenName", new ScimString("Barbara"))), projected["name"]);
        Assert.Null(projected["emails"]);
    }

    [Fact]
    public void Sub_attribute_in_attributes_returns_the_parent_with_only_that_sub_attribute()
    {
        var projected = Project(User, "name.givenName,emails.value", null);

        Assert.Equal(ScimComplex.Create(("givenName", new ScimString("Barbara"))), projected["name"]);
        Assert.Equal(
            ScimMultiValue.Create(
                ScimComplex.Create(("value", new ScimString("bjensen@example.com"))),
                ScimComplex.Create(("value", new ScimString("babs@jensen.org")))),
            projected["emails"]);
        Assert.Null(projected["userName"]);
    }

    [Fact]
    public void Sub_attribute_in_excluded_attributes_removes_it_from_every_value()
    {
        var projected = Project(User, null, "emails.type,name.familyName");

        Assert.All((ScimMultiValue)projected["emails"]!, e => Assert.Null(((ScimComplex)e)["type"]));
        Assert.All((ScimMultiValue)projected["emails"]!, e => Assert.NotNull(((ScimComplex)e)["value"]));
        Assert.Null(((ScimComplex)projected["name"]!)["familyName"]);
        Assert.NotNull(((ScimComplex)projected["name"]!)["givenName"]);
    }

    [Fact]
    public void Urn_qualified_extension_attribute_is_selected_alone()
    {
        var projected = Project(User, Enterprise + ":department", null);

        Assert.Equal(ScimComplex.Create(("department", new ScimString("Tour Operations"))), projected.GetExtension(Enterprise));
        Assert.Equal([ScimSchemaIds.User, Enterprise], projected.Schemas);
        Assert.Null(projected["userName"]);
    }

    [Fact]
    public void Urn_qualified_extension_sub_attribute_is_selected_alone()
    {
        var projected = Project(User, Enterprise + ":manager.value", null);

        Assert.Equal(
            ScimComplex.Create(("manager", ScimComplex.Create(("value", new ScimString("26118915-6090-4610-87e4-49d8ca9f808d"))))),
            projected.GetExtension(Enterprise));
    }

    [Fact]
    public void Whole_extension_urn_selects_or_excludes_the_whole_extension()
    {
        Assert.Equal(User.GetExtension(Enterprise), Project(User, Enterprise.ToUpperInvariant(), null).GetExtension(Enterprise));

        var excluded = Project(User, null, Enterprise);
        Assert.Null(excluded.GetExtension(Enterprise));
        Assert.Equal([ScimSchemaIds.User], excluded.Schemas);
        Assert.NotNull(excluded["userName"]);
    }

    [Fact]
    public void Urn_qualified_core_attribute_is_the_core_attribute()
    {
        var projected = Project(User, ScimSchemaIds.User + ":userName", ScimSchemaIds.User + ":name.givenName");

        Assert.Equal(User["userName"], projected["userName"]);
        Assert.Null(projected["displayName"]);
    }

    [Fact]
    public void Excluded_extension_attribute_leaves_the_rest_of_the_extension()
    {
        var extension = Project(User, null, Enterprise + ":manager").GetExtension(Enterprise)!;

        Assert.Null(extension["manager"]);
        Assert.NotNull(extension["department"]);
    }

    [Theory]
    [InlineData("nonexistent")]
    [InlineData("name.nonexistent")]
    [InlineData("urn:example:unknown:Schema:attr")]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:nonexistent")]
    [InlineData("emails[type eq \"work\"].value")]
    [InlineData("name.givenName.extra")]
    [InlineData(",,")]
    [InlineData("")]
    public void Unknown_names_are_ignored_so_the_default_set_is_returned(string names)
    {
        var projection = ScimProjection.Create(CoreSchemas.UserResourceType, names, names);

        Assert.True(projection.IsDefault);
        Assert.Equal(Project(User, null, null), projection.Apply(User));
        Assert.False(projection.Includes(names));
    }

    [Fact]
    public void Unknown_names_next_to_known_ones_are_ignored()
    {
        var projected = Project(User, "nonexistent,userName", "nonexistent");

        Assert.Equal(User["userName"], projected["userName"]);
        Assert.Null(projected["displayName"]);
    }

    [Fact]
    public void When_both_lists_are_given_attributes_select_and_excluded_attributes_remove()
    {
        var projected = Project(User, "name,emails", "name.middleName,emails");

        Assert.Null(projected["emails"]);
        Assert.Null(((ScimComplex)projected["name"]!)["middleName"]);
        Assert.NotNull(((ScimComplex)projected["name"]!)["givenName"]);
    }

    [Fact]
    public void Request_attributes_are_returned_only_when_named()
    {
        var schema = new SchemaDefinition("urn:example:params:scim:schemas:core:2.0:Device", "Device", null,
        [
            new AttributeDefinition("serial"),
            new AttributeDefinition("secretNote") { Returned = Returned.Request },
            new AttributeDefinition("location", AttributeType.Complex)
            {
                SubAttributes = [new AttributeDefinition("room"), new AttributeDefinition("coordinates") { Returned = Returned.Request }],
            },
        ]);
        var type = new ResourceTypeDefinition("Device", "/Devices", schema);
        var device = new ScimResource(type, ScimComplex.Create(
            ("id", new ScimString("d1")),
            ("serial", new ScimString("S-1")),
            ("secretNote", new ScimString("note")),
            ("location", ScimComplex.Create(("room", new ScimString("R1")), ("coordinates", new ScimString("1,2"))))));

        var byDefault = ScimProjection.Default(type).Apply(device);
        Assert.Null(byDefault["secretNote"]);
        Assert.Equal(ScimComplex.Create(("room", new ScimString("R1"))), byDefault["location"]);
        Assert.False(ScimProjection.Default(type).Includes("secretNote"));

        var named = ScimProjection.Create(type, "secretNote,location.coordinates", null).Apply(device);
        Assert.Equal(new ScimString("note"), named["secretNote"]);
        Assert.Equal(ScimComplex.Create(("coordinates", new ScimString("1,2"))), named["location"]);
        Assert.Null(named["serial"]);
        Assert.Equal(new ScimString("d1"), named["id"]);
    }

    [Fact]
    public void Lists_from_a_search_request_project_like_the_query_parameters()
    {
        var fromList = ScimProjection.Create(CoreSchemas.UserResourceType, ["userName", " name.givenName "], [""]);

        Assert.Equal(Project(User, "userName,name.givenName", null), fromList.Apply(User));
    }

    [Fact]
    public void Includes_answers_for_sub_attributes_and_extensions()
    {
        var projection = ScimProjection.Create(CoreSchemas.UserResourceType, "name.givenName," + Enterprise + ":department", null);

        Assert.True(projection.Includes("name"));
        Assert.True(projection.Includes("name.givenName"));
        Assert.False(projection.Includes("name.familyName"));
        Assert.True(projection.Includes(Enterprise));
        Assert.True(projection.Includes(Enterprise + ":department"));
        Assert.False(projection.Includes(Enterprise + ":manager"));
        Assert.True(projection.Includes("id"));
        Assert.False(projection.Includes("meta"));
    }

    [Fact]
    public void Default_projection_returns_the_same_instance_when_nothing_is_removed()
    {
        var groupWithoutSecrets = Group;

        Assert.Same(groupWithoutSecrets, ScimProjection.Default(CoreSchemas.GroupResourceType).Apply(groupWithoutSecrets));
    }
}
