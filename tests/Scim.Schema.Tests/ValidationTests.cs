namespace Scim.Schema.Tests;

public sealed class ValidationTests
{
    private static ScimResource ReadUser(string json) => ScimJsonReader.ReadResource(json, CoreSchemas.UserResourceType);

    private static ScimResource StoredUser(string json) =>
        ScimJsonReader.ReadResource(json, CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored);

    [Fact]
    public void Create_without_userName_is_invalid_value_naming_the_attribute()
    {
        var error = Assert.Throws<ScimException>(() => ScimResourceValidator.ValidateCreate(ReadUser("{\"displayName\":\"Babs\"}")));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
        Assert.Contains("userName", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("null")]
    public void Create_with_an_empty_userName_is_invalid_value(string value)
    {
        var error = Assert.Throws<ScimException>(() => ScimResourceValidator.ValidateCreate(ReadUser("{\"userName\":" + value + "}")));

        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
    }

    [Fact]
    public void Create_ignores_read_only_values_built_in_code()
    {
        var user = new ScimResource(CoreSchemas.UserResourceType, ScimComplex.Create(
            ("id", new ScimString("client-chosen")),
            ("userName", new ScimString("bjensen")),
            ("meta", ScimComplex.Create(("resourceType", new ScimString("User")))),
            ("groups", ScimMultiValue.Create(ScimComplex.Create(("value", new ScimString("g1")))))));

        var valid = ScimResourceValidator.ValidateCreate(user);

        Assert.Null(valid.Id);
        Assert.Null(valid.Meta);
        Assert.Null(valid["groups"]);
        Assert.Equal(new ScimString("bjensen"), valid["userName"]);
    }

    [Fact]
    public void Create_with_a_valid_full_user_returns_it_without_read_only_values()
    {
        var user = StoredUser(RfcExample.Load(RfcExample.EnterpriseUser));

        var valid = ScimResourceValidator.ValidateCreate(user);

        Assert.Equal(ReadUser(RfcExample.Load(RfcExample.EnterpriseUser)), valid);
    }

    [Theory]
    [MemberData(nameof(WronglyTypedUsers))]
    public void Values_of_the_wrong_type_built_in_code_are_invalid_value(ScimComplex attributes)
    {
        var user = new ScimResource(CoreSchemas.UserResourceType, attributes.With("userName", new ScimString("u")));

        var error = Assert.Throws<ScimException>(() => ScimResourceValidator.ValidateCreate(user));

        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
    }

    public static TheoryData<ScimComplex> WronglyTypedUsers() =>
    [
        ScimComplex.Create(("active", new ScimString("true"))),
        ScimComplex.Create(("displayName", ScimBoolean.True)),
        ScimComplex.Create(("emails", ScimComplex.Create(("value", new ScimString("a@b.c"))))),
        ScimComplex.Create(("name", ScimMultiValue.Create(ScimComplex.Create(("givenName", new ScimString("a")))))),
        ScimComplex.Create(("emails", ScimMultiValue.Create(new ScimString("a@b.c")))),
        ScimComplex.Create(("emails", ScimMultiValue.Create(ScimComplex.Create(("primary", new ScimString("true")))))),
        ScimComplex.Create(("profileUrl", new ScimString("https://example.com"))),
        ScimComplex.Create(("name", ScimComplex.Create(("nickname", new ScimString("a"))))),
        ScimComplex.Create(("shoeSize", new ScimInteger(42))),
        ScimComplex.Create(("urn:example:not:an:extension", ScimComplex.Create(("a", new ScimString("b"))))),
        ScimComplex.Create((ScimSchemaIds.EnterpriseUser, ScimComplex.Create(("badge", new ScimString("b"))))),
        ScimComplex.Create((ScimSchemaIds.EnterpriseUser, ScimComplex.Create(("department", new ScimInteger(1))))),
    ];

    [Fact]
    public void Two_primary_values_in_one_multi_valued_attribute_are_invalid_value()
    {
        var user = ReadUser("""
            {"userName":"u","emails":[{"value":"a@example.com","primary":true},{"value":"b@example.com","primary":"True"}]}
            """);

        var error = Assert.Throws<ScimException>(() => ScimResourceValidator.ValidateCreate(user));

        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
        Assert.Contains("primary", error.Detail, StringComparison.Ordinal);
    }

    private static readonly SchemaDefinition Badge = new("urn:example:params:scim:schemas:extension:badge:2.0:User", "Badge", null,
    [
        new AttributeDefinition("badgeNumber") { Required = true, Mutability = Mutability.Immutable, CaseExact = true },
        new AttributeDefinition("level") { CanonicalValues = ["bronze", "silver", "gold"], CanonicalValuesEnforced = true },
        new AttributeDefinition("door", AttributeType.Complex)
        {
            SubAttributes =
            [
                new AttributeDefinition("code") { Required = true },
                new AttributeDefinition("building") { Mutability = Mutability.Immutable },
            ],
        },
    ]);

    private static readonly ResourceTypeDefinition BadgeUserType = CoreSchemas.UserResourceType.WithExtension(Badge, required: true);

    private static ScimResource BadgeUser(string extensionJson) =>
        ScimJsonReader.ReadResource("{\"userName\":\"u\",\"" + Badge.Id + "\":" + extensionJson + "}", BadgeUserType);

    [Fact]
    public void Required_extension_must_carry_its_required_attributes()
    {
        var missing = ScimJsonReader.ReadResource("{\"userName\":\"u\"}", BadgeUserType);

        var error = Assert.Throws<ScimException>(() => ScimResourceValidator.ValidateCreate(missing));

        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
        Assert.Contains(Badge.Id + ":badgeNumber", error.Detail, StringComparison.Ordinal);
        Assert.NotNull(ScimResourceValidator.ValidateCreate(BadgeUser("{\"badgeNumber\":\"B1\"}")));
    }

    [Fact]
    public void Required_sub_attribute_of_a_present_complex_value_must_be_present()
    {
        var error = Assert.Throws<ScimException>(() =>
            ScimResourceValidator.ValidateCreate(BadgeUser("{\"badgeNumber\":\"B1\",\"door\":{\"building\":\"HQ\"}}")));

        Assert.Contains("door.code", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gold", true)]
    [InlineData("GOLD", true)]
    [InlineData("platinum", false)]
    public void Enforced_canonical_values_refuse_other_values(string level, bool valid)
    {
        var user = BadgeUser("{\"badgeNumber\":\"B1\",\"level\":\"" + level + "\"}");

        if (valid)
        {
            Assert.NotNull(ScimResourceValidator.ValidateCreate(user));
        }
        else
        {
            Assert.Equal(ScimErrorType.InvalidValue, Assert.Throws<ScimException>(() => ScimResourceValidator.ValidateCreate(user)).ScimType);
        }
    }

    [Fact]
    public void Canonical_values_that_are_only_suggested_accept_other_values()
    {
        var user = ReadUser("{\"userName\":\"u\",\"emails\":[{\"value\":\"a@example.com\",\"type\":\"holiday\"}]}");

        Assert.NotNull(ScimResourceValidator.ValidateCreate(user));
    }

    private static ScimResource StoredBadgeUser() => ScimJsonReader.ReadResource(
        "{\"id\":\"1\",\"userName\":\"u\",\"meta\":{\"resourceType\":\"User\",\"version\":\"W/\\\"1\\\"\"},\"groups\":[{\"value\":\"g1\"}],\""
        + Badge.Id + "\":{\"badgeNumber\":\"B1\",\"door\":{\"code\":\"1234\",\"building\":\"HQ\"}}}",
        BadgeUserType, ScimJsonReadOptions.Stored);

    [Fact]
    public void Replace_changing_an_immutable_attribute_is_mutability()
    {
        var error = Assert.Throws<ScimException>(() =>
            ScimResourceValidator.ValidateReplace(StoredBadgeUser(), BadgeUser("{\"badgeNumber\":\"B2\"}")));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimErrorType.Mutability, error.ScimType);
        Assert.Contains("badgeNumber", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Replace_changing_an_immutable_sub_attribute_of_a_single_complex_is_mutability()
    {
        var error = Assert.Throws<ScimException>(() => ScimResourceValidator.ValidateReplace(
            StoredBadgeUser(), BadgeUser("{\"badgeNumber\":\"B1\",\"door\":{\"code\":\"9\",\"building\":\"Annex\"}}")));

        Assert.Equal(ScimErrorType.Mutability, error.ScimType);
        Assert.Contains("door.building", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Replace_with_the_same_immutable_value_is_accepted_and_an_omitted_one_is_kept()
    {
        var same = ScimResourceValidator.ValidateReplace(StoredBadgeUser(), BadgeUser("{\"badgeNumber\":\"B1\",\"door\":{\"code\":\"9\"}}"));

        var door = (ScimComplex)same.GetExtension(Badge.Id)!["door"]!;
        Assert.Equal(new ScimString("HQ"), door["building"]);
        Assert.Equal(new ScimString("9"), door["code"]);

        var omitted = ScimResourceValidator.ValidateReplace(StoredBadgeUser(), ScimJsonReader.ReadResource("{\"userName\":\"u\"}", BadgeUserType));
        Assert.Equal(new ScimString("B1"), omitted.GetExtension(Badge.Id)!["badgeNumber"]);
    }

    [Fact]
    public void Replace_may_set_an_immutable_attribute_that_was_unset()
    {
        var existing = ScimJsonReader.ReadResource("{\"id\":\"1\",\"userName\":\"u\"}", CoreSchemas.UserResourceType.WithExtension(Badge), ScimJsonReadOptions.Stored);
        var replacement = ScimJsonReader.ReadResource("{\"userName\":\"u\",\"" + Badge.Id + "\":{\"badgeNumber\":\"B7\"}}", existing.ResourceType);

        var stored = ScimResourceValidator.ValidateReplace(existing, replacement);

        Assert.Equal(new ScimString("B7"), stored.GetExtension(Badge.Id)!["badgeNumber"]);
    }

    [Fact]
    public void Replace_keeps_the_existing_read_only_values_whatever_the_body_says()
    {
        var existing = StoredBadgeUser();
        var body = ScimJsonReader.ReadResource(
            "{\"id\":\"other\",\"userName\":\"renamed\",\"groups\":[],\"meta\":{\"version\":\"W/\\\"9\\\"\"},\"" + Badge.Id + "\":{\"badgeNumber\":\"B1\"}}",
            BadgeUserType, ScimJsonReadOptions.Stored);

        var stored = ScimResourceValidator.ValidateReplace(existing, body);

        Assert.Equal("1", stored.Id);
        Assert.Equal("W/\"1\"", stored.Version);
        Assert.Equal(existing["groups"], stored["groups"]);
        Assert.Equal(new ScimString("renamed"), stored["userName"]);
    }

    [Fact]
    public void Replace_of_a_group_may_change_its_members_although_member_values_are_immutable()
    {
        var existing = ScimJsonReader.ReadResource(RfcExample.Load(RfcExample.Group), CoreSchemas.GroupResourceType, ScimJsonReadOptions.Stored);
        var body = ScimJsonReader.ReadResource("{\"displayName\":\"Tour Guides\",\"members\":[{\"value\":\"someone-else\"}]}", CoreSchemas.GroupResourceType);

        var stored = ScimResourceValidator.ValidateReplace(existing, body);

        Assert.Single((ScimMultiValue)stored["members"]!);
        Assert.Equal(existing.Id, stored.Id);
    }

    [Fact]
    public void Replace_still_checks_required_attributes()
    {
        var error = Assert.Throws<ScimException>(() =>
            ScimResourceValidator.ValidateReplace(StoredUser(RfcExample.Load(RfcExample.FullUser)), ReadUser("{\"displayName\":\"x\"}")));

        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
    }

    [Fact]
    public void Replace_across_resource_types_is_a_programming_error()
    {
        var group = ScimJsonReader.ReadResource(RfcExample.Load(RfcExample.Group), CoreSchemas.GroupResourceType, ScimJsonReadOptions.Stored);

        Assert.Throws<ArgumentException>(() => ScimResourceValidator.ValidateReplace(group, ReadUser("{\"userName\":\"u\"}")));
    }

    [Fact]
    public void Immutable_string_that_is_not_case_exact_may_change_case()
    {
        var schema = new SchemaDefinition("urn:example:params:scim:schemas:core:2.0:Device", "Device", null,
            [new AttributeDefinition("serial") { Mutability = Mutability.Immutable }]);
        var type = new ResourceTypeDefinition("Device", "/Devices", schema);
        var existing = new ScimResource(type, ScimComplex.Create(("id", new ScimString("d")), ("serial", new ScimString("abc"))));

        var stored = ScimResourceValidator.ValidateReplace(existing, new ScimResource(type, ScimComplex.Create(("serial", new ScimString("ABC")))));

        Assert.Equal(new ScimString("ABC"), stored["serial"]);
    }
}
