namespace Scim.Schema.Tests;

/// <summary>
/// Every attribute of the core schemas against the RFC 7643 §8.7.1 tables, one row per attribute:
/// path | type | multiValued | required | caseExact | mutability | returned | uniqueness | canonicalValues | referenceTypes.
/// Rows marked "addition" are the two documented additions that are not in §8.7.1.
/// </summary>
public sealed class CoreSchemaCharacteristicsTests
{
    private static readonly string[] UserRows =
    [
        "userName|string|single|required|caseIgnored|readWrite|default|server||",
        "name|complex|single|optional|caseIgnored|readWrite|default|none||",
        "name.formatted|string|single|optional|caseIgnored|readWrite|default|none||",
        "name.familyName|string|single|optional|caseIgnored|readWrite|default|none||",
        "name.givenName|string|single|optional|caseIgnored|readWrite|default|none||",
        "name.middleName|string|single|optional|caseIgnored|readWrite|default|none||",
        "name.honorificPrefix|string|single|optional|caseIgnored|readWrite|default|none||",
        "name.honorificSuffix|string|single|optional|caseIgnored|readWrite|default|none||",
        "displayName|string|single|optional|caseIgnored|readWrite|default|none||",
        "nickName|string|single|optional|caseIgnored|readWrite|default|none||",
        "profileUrl|reference|single|optional|caseIgnored|readWrite|default|none||external",
        "title|string|single|optional|caseIgnored|readWrite|default|none||",
        "userType|string|single|optional|caseIgnored|readWrite|default|none||",
        "preferredLanguage|string|single|optional|caseIgnored|readWrite|default|none||",
        "locale|string|single|optional|caseIgnored|readWrite|default|none||",
        "timezone|string|single|optional|caseIgnored|readWrite|default|none||",
        "active|boolean|single|optional|caseIgnored|readWrite|default|none||",
        "password|string|single|optional|caseIgnored|writeOnly|never|none||",
        "emails|complex|multi|optional|caseIgnored|readWrite|default|none||",
        "emails.value|string|single|optional|caseIgnored|readWrite|default|none||",
        "emails.display|string|single|optional|caseIgnored|readWrite|default|none||",
        "emails.type|string|single|optional|caseIgnored|readWrite|default|none|work,home,other|",
        "emails.primary|boolean|single|optional|caseIgnored|readWrite|default|none||",
        "phoneNumbers|complex|multi|optional|caseIgnored|readWrite|default|none||",
        "phoneNumbers.value|string|single|optional|caseIgnored|readWrite|default|none||",
        "phoneNumbers.display|string|single|optional|caseIgnored|readWrite|default|none||",
        "phoneNumbers.type|string|single|optional|caseIgnored|readWrite|default|none|work,home,mobile,fax,pager,other|",
        "phoneNumbers.primary|boolean|single|optional|caseIgnored|readWrite|default|none||",
        "ims|complex|multi|optional|caseIgnored|readWrite|default|none||",
        "ims.value|string|single|optional|caseIgnored|readWrite|default|none||",
        "ims.display|string|single|optional|caseIgnored|readWrite|default|none||",
        "ims.type|string|single|optional|caseIgnored|readWrite|default|none|aim,gtalk,icq,xmpp,msn,skype,qq,yahoo|",
        "ims.primary|boolean|single|optional|caseIgnored|readWrite|default|none||",
        "photos|complex|multi|optional|caseIgnored|readWrite|default|none||",
        "photos.value|reference|single|optional|caseIgnored|readWrite|default|none||external",
        "photos.display|string|single|optional|caseIgnored|readWrite|default|none||",
        "photos.type|string|single|optional|caseIgnored|readWrite|default|none|photo,thumbnail|",
        "photos.primary|boolean|single|optional|caseIgnored|readWrite|default|none||",
        "addresses|complex|multi|optional|caseIgnored|readWrite|default|none||",
        "addresses.formatted|string|single|optional|caseIgnored|readWrite|default|none||",
        "addresses.streetAddress|string|single|optional|caseIgnored|readWrite|default|none||",
        "addresses.locality|string|single|optional|caseIgnored|readWrite|default|none||",
        "addresses.region|string|single|optional|caseIgnored|readWrite|default|none||",
        "addresses.postalCode|string|single|optional|caseIgnored|readWrite|default|none||",
        "addresses.country|string|single|optional|caseIgnored|readWrite|default|none||",
        "addresses.type|string|single|optional|caseIgnored|readWrite|default|none|work,home,other|",
        "addresses.primary|boolean|single|optional|caseIgnored|readWrite|default|none||addition",
        "groups|complex|multi|optional|caseIgnored|readOnly|default|none||",
        "groups.value|string|single|optional|caseIgnored|readOnly|default|none||",
        "groups.$ref|reference|single|optional|caseIgnored|readOnly|default|none||User,Group",
        "groups.display|string|single|optional|caseIgnored|readOnly|default|none||",
        "groups.type|string|single|optional|caseIgnored|readOnly|default|none|direct,indirect|",
        "entitlements|complex|multi|optional|caseIgnored|readWrite|default|none||",
        "entitlements.value|string|single|optional|caseIgnored|readWrite|default|none||",
        "entitlements.display|string|single|optional|caseIgnored|readWrite|default|none||",
        "entitlements.type|string|single|optional|caseIgnored|readWrite|default|none||",
        "entitlements.primary|boolean|single|optional|caseIgnored|readWrite|default|none||",
        "roles|complex|multi|optional|caseIgnored|readWrite|default|none||",
        "roles.value|string|single|optional|caseIgnored|readWrite|default|none||",
        "roles.display|string|single|optional|caseIgnored|readWrite|default|none||",
        "roles.type|string|single|optional|caseIgnored|readWrite|default|none||",
        "roles.primary|boolean|single|optional|caseIgnored|readWrite|default|none||",
        "x509Certificates|complex|multi|optional|caseIgnored|readWrite|default|none||",
        "x509Certificates.value|binary|single|optional|caseIgnored|readWrite|default|none||",
        "x509Certificates.display|string|single|optional|caseIgnored|readWrite|default|none||",
        "x509Certificates.type|string|single|optional|caseIgnored|readWrite|default|none||",
        "x509Certificates.primary|boolean|single|optional|caseIgnored|readWrite|default|none||",
    ];

    private static readonly string[] GroupRows =
    [
        "displayName|string|single|optional|caseIgnored|readWrite|default|none||",
        "members|complex|multi|optional|caseIgnored|readWrite|default|none||",
        "members.value|string|single|optional|caseIgnored|immutable|default|none||",
        "members.$ref|reference|single|optional|caseIgnored|immutable|default|none||User,Group",
        "members.type|string|single|optional|caseIgnored|immutable|default|none|User,Group|",
        "members.display|string|single|optional|caseIgnored|readWrite|default|none||addition",
    ];

    private static readonly string[] EnterpriseUserRows =
    [
        "employeeNumber|string|single|optional|caseIgnored|readWrite|default|none||",
        "costCenter|string|single|optional|caseIgnored|readWrite|default|none||",
        "organization|string|single|optional|caseIgnored|readWrite|default|none||",
        "division|string|single|optional|caseIgnored|readWrite|default|none||",
        "department|string|single|optional|caseIgnored|readWrite|default|none||",
        "manager|complex|single|optional|caseIgnored|readWrite|default|none||",
        "manager.value|string|single|optional|caseIgnored|readWrite|default|none||",
        "manager.$ref|reference|single|optional|caseIgnored|readWrite|default|none||User",
        "manager.displayName|string|single|optional|caseIgnored|readOnly|default|none||",
    ];

    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in UserRows)
        {
            data.Add(ScimSchemaIds.User, row);
        }

        foreach (var row in GroupRows)
        {
            data.Add(ScimSchemaIds.Group, row);
        }

        foreach (var row in EnterpriseUserRows)
        {
            data.Add(ScimSchemaIds.EnterpriseUser, row);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Core_attribute_has_the_characteristics_of_rfc_7643_section_8_7_1(string schemaId, string row)
    {
        var cells = row.Split('|');
        var attribute = Find(Schema(schemaId), cells[0]);

        Assert.NotNull(attribute);
        Assert.Equal(cells[1], Keyword(attribute.Type));
        Assert.Equal(cells[2] == "multi", attribute.MultiValued);
        Assert.Equal(cells[3] == "required", attribute.Required);
        Assert.Equal(cells[4] == "caseExact", attribute.CaseExact);
        Assert.Equal(cells[5], Keyword(attribute.Mutability));
        Assert.Equal(cells[6], Keyword(attribute.Returned));
        Assert.Equal(cells[7], Keyword(attribute.Uniqueness));
        Assert.Equal(cells[8].Length == 0 ? [] : cells[8].Split(','), attribute.CanonicalValues);
        var referenceTypes = cells[9] is "" or "addition" ? [] : cells[9].Split(',');
        Assert.Equal(referenceTypes, attribute.ReferenceTypes);
        Assert.False(attribute.CanonicalValuesEnforced);
        Assert.False(string.IsNullOrWhiteSpace(attribute.Description));
    }

    [Theory]
    [InlineData(ScimSchemaIds.User)]
    [InlineData(ScimSchemaIds.Group)]
    [InlineData(ScimSchemaIds.EnterpriseUser)]
    public void Core_schema_has_exactly_the_attributes_of_the_table(string schemaId)
    {
        var rows = schemaId switch
        {
            ScimSchemaIds.User => UserRows,
            ScimSchemaIds.Group => GroupRows,
            _ => EnterpriseUserRows,
        };
        var expected = rows.Select(r => r.Split('|')[0]).ToList();

        var actual = Schema(schemaId).Attributes
            .SelectMany(a => a.SubAttributes.Select(s => a.Name + "." + s.Name).Prepend(a.Name))
            .ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Only_the_two_documented_additions_go_beyond_section_8_7_1()
    {
        var additions = UserRows.Concat(GroupRows).Concat(EnterpriseUserRows)
            .Where(r => r.EndsWith("|addition", StringComparison.Ordinal))
            .Select(r => r.Split('|')[0]);

        Assert.Equal(["addresses.primary", "members.display"], additions);
    }

    [Fact]
    public void Common_attributes_follow_rfc_7643_section_3_1()
    {
        Assert.Equal((true, Mutability.ReadOnly, Returned.Always, Uniqueness.Server),
            (CommonAttributes.Id.CaseExact, CommonAttributes.Id.Mutability, CommonAttributes.Id.Returned, CommonAttributes.Id.Uniqueness));
        Assert.Equal((true, Mutability.ReadWrite), (CommonAttributes.ExternalId.CaseExact, CommonAttributes.ExternalId.Mutability));
        Assert.Equal(Mutability.ReadOnly, CommonAttributes.Meta.Mutability);
        Assert.All(CommonAttributes.Meta.SubAttributes, s => Assert.Equal(Mutability.ReadOnly, s.Mutability));
    }

    [Fact]
    public void User_type_declares_userName_as_its_only_unique_attribute()
    {
        var unique = Assert.Single(CoreSchemas.UserResourceType.UniqueAttributes);

        Assert.Equal("userName", unique.Path);
        Assert.Equal(Uniqueness.Server, unique.Uniqueness);
        Assert.False(unique.CaseExact);
        Assert.Empty(CoreSchemas.GroupResourceType.UniqueAttributes);
    }

    [Fact]
    public void Unique_attribute_of_an_extension_is_declared_with_its_urn()
    {
        var extension = new SchemaDefinition("urn:example:params:scim:schemas:extension:badge:2.0:User", "Badge", null,
            [new AttributeDefinition("badgeNumber") { Uniqueness = Uniqueness.Global, CaseExact = true }]);
        var type = CoreSchemas.UserResourceType.WithExtension(extension);

        Assert.Equal(["userName", "urn:example:params:scim:schemas:extension:badge:2.0:User:badgeNumber"], type.UniqueAttributes.Select(u => u.Path));
    }

    private static SchemaDefinition Schema(string id) => id switch
    {
        ScimSchemaIds.User => CoreSchemas.User,
        ScimSchemaIds.Group => CoreSchemas.Group,
        _ => CoreSchemas.EnterpriseUser,
    };

    private static AttributeDefinition? Find(SchemaDefinition schema, string path)
    {
        var parts = path.Split('.');
        var attribute = schema.FindAttribute(parts[0]);
        return parts.Length == 1 ? attribute : attribute?.FindSubAttribute(parts[1]);
    }

    private static string Keyword<T>(T value) where T : struct, Enum
    {
        var text = value.ToString();
        return text switch
        {
            "DateTime" => "dateTime",
            _ => char.ToLowerInvariant(text[0]) + text[1..],
        };
    }
}
