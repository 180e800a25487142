using System.Text;
using System.Text.Json.Nodes;

namespace Scim.Schema.Tests;

public sealed class DiscoveryDocumentTests
{
    private const string BaseUrl = "https://example.com/scim/v2/";

    private static JsonObject Parse(byte[] utf8) => JsonNode.Parse(Encoding.UTF8.GetString(utf8))!.AsObject();

    [Fact]
    public void Schemas_document_lists_every_registered_schema_as_a_list_response()
    {
        var document = Parse(ScimDiscoveryWriter.SerializeSchemas(ScimSchemaRegistry.CreateDefault(), BaseUrl));

        Assert.Equal(ScimSchemaIds.ListResponse, (string?)document["schemas"]![0]);
        Assert.Equal(3, (int)document["totalResults"]!);
        Assert.Equal(
            [ScimSchemaIds.User, ScimSchemaIds.EnterpriseUser, ScimSchemaIds.Group],
            document["Resources"]!.AsArray().Select(r => (string?)r!["id"]));
    }

    [Fact]
    public void Schema_document_writes_every_characteristic_of_every_attribute()
    {
        var user = Parse(ScimDiscoveryWriter.SerializeSchema(CoreSchemas.User, BaseUrl));

        Assert.Equal(ScimSchemaIds.Schema, (string?)user["schemas"]![0]);
        Assert.Equal("User", (string?)user["name"]);
        Assert.Equal("User Account", (string?)user["description"]);
        Assert.Equal("Schema", (string?)user["meta"]!["resourceType"]);
        Assert.Equal("https://example.com/scim/v2/Schemas/" + ScimSchemaIds.User, (string?)user["meta"]!["location"]);
        var attributes = user["attributes"]!.AsArray();
        Assert.Equal(CoreSchemas.User.Attributes.Count, attributes.Count);
        foreach (var attribute in attributes.Select(a => a!.AsObject()))
        {
            foreach (var characteristic in new[] { "name", "type", "multiValued", "description", "required", "caseExact", "mutability", "returned", "uniqueness" })
            {
                Assert.True(attribute.ContainsKey(characteristic), $"{attribute["name"]} lacks {characteristic}");
            }
        }

        var userName = attributes.Single(a => (string?)a!["name"] == "userName")!;
        JsonAssert.Equivalent(
            """
            {"name":"userName","type":"string","multiValued":false,"description":"Unique identifier for the User, typically used by the user to directly authenticate to the service provider.",
             "required":true,"caseExact":false,"mutability":"readWrite","returned":"default","uniqueness":"server"}
            """,
            userName.ToJsonString());
        var password = attributes.Single(a => (string?)a!["name"] == "password")!;
        Assert.Equal(("writeOnly", "never"), ((string?)password["mutability"], (string?)password["returned"]));
    }

    [Fact]
    public void Schema_document_writes_sub_attributes_canonical_values_and_reference_types()
    {
        var group = Parse(ScimDiscoveryWriter.SerializeSchema(CoreSchemas.Group));
        var members = group["attributes"]!.AsArray().Single(a => (string?)a!["name"] == "members")!;

        Assert.Equal("complex", (string?)members["type"]);
        Assert.True((bool)members["multiValued"]!);
        var subAttributes = members["subAttributes"]!.AsArray();
        var reference = subAttributes.Single(a => (string?)a!["name"] == "$ref")!;
        Assert.Equal(["User", "Group"], reference["referenceTypes"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("immutable", (string?)reference["mutability"]);
        var type = subAttributes.Single(a => (string?)a!["name"] == "type")!;
        Assert.Equal(["User", "Group"], type["canonicalValues"]!.AsArray().Select(v => (string?)v));
        Assert.False(type.AsObject().ContainsKey("referenceTypes"));
        Assert.False(group["meta"]!.AsObject().ContainsKey("location"));
    }

    [Fact]
    public void Schema_document_reads_back_into_the_same_characteristics()
    {
        var written = Parse(ScimDiscoveryWriter.SerializeSchema(CoreSchemas.EnterpriseUser));

        foreach (var node in written["attributes"]!.AsArray())
        {
            var definition = CoreSchemas.EnterpriseUser.FindAttribute((string)node!["name"]!)!;
            Assert.Equal(definition.Required, (bool)node["required"]!);
            Assert.Equal(definition.CaseExact, (bool)node["caseExact"]!);
            Assert.Equal(definition.SubAttributes.Count, node["subAttributes"]?.AsArray().Count ?? 0);
        }
    }

    [Fact]
    public void Resource_types_document_describes_endpoints_schemas_and_extensions()
    {
        var document = Parse(ScimDiscoveryWriter.SerializeResourceTypes(ScimSchemaRegistry.CreateDefault(), BaseUrl));

        Assert.Equal(2, (int)document["totalResults"]!);
        JsonAssert.Equivalent(
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],"id":"User","name":"User","endpoint":"/Users",
             "description":"User Account","schema":"urn:ietf:params:scim:schemas:core:2.0:User",
             "schemaExtensions":[{"schema":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User","required":false}],
             "meta":{"resourceType":"ResourceType","location":"https://example.com/scim/v2/ResourceTypes/User"}}
            """,
            document["Resources"]![0]!.ToJsonString());
        Assert.Equal("/Groups", (string?)document["Resources"]![1]!["endpoint"]);
    }

    [Fact]
    public void Resource_types_document_follows_the_registry()
    {
        var registry = ScimSchemaRegistry.CreateDefault();
        var badge = new SchemaDefinition("urn:example:params:scim:schemas:extension:badge:2.0:User", "Badge", null, [new AttributeDefinition("badgeNumber")]);
        registry.AddExtension("User", badge, required: true);

        var user = Parse(ScimDiscoveryWriter.SerializeResourceType(registry.FindResourceType("User")!));
        var schemas = Parse(ScimDiscoveryWriter.SerializeSchemas(registry));

        Assert.Equal([false, true], user["schemaExtensions"]!.AsArray().Select(e => (bool)e!["required"]!));
        Assert.Contains(badge.Id, schemas["Resources"]!.AsArray().Select(r => (string?)r!["id"]));
    }

    [Fact]
    public void Service_provider_config_writes_what_the_configuration_says()
    {
        var configuration = new ServiceProviderConfiguration
        {
            DocumentationUri = "https://example.com/help/scim",
            PatchSupported = true,
            Bulk = new BulkConfiguration { Supported = true, MaxOperations = 1000, MaxPayloadSize = 1_048_576 },
            Filter = new FilterConfiguration { Supported = true, MaxResults = 1000 },
            SortSupported = true,
            ETagSupported = true,
            AuthenticationSchemes = [AuthenticationScheme.OAuthBearerToken()],
            Pagination = new PaginationConfiguration
            {
                Cursor = true,
                Index = true,
                DefaultPaginationMethod = PaginationMethod.Index,
                DefaultPageSize = 100,
                MaxPageSize = 1000,
                CursorTimeout = TimeSpan.FromHours(1),
            },
        };

        var document = ScimDiscoveryWriter.SerializeServiceProviderConfig(configuration, BaseUrl);

        JsonAssert.Equivalent(
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
             "documentationUri":"https://example.com/help/scim",
             "patch":{"supported":true},
             "bulk":{"supported":true,"maxOperations":1000,"maxPayloadSize":1048576},
             "filter":{"supported":true,"maxResults":1000},
             "changePassword":{"supported":false},
             "sort":{"supported":true},
             "etag":{"supported":true},
             "authenticationSchemes":[{"type":"oauthbearertoken","name":"OAuth Bearer Token",
               "description":"Authentication with a bearer token in the Authorization header.",
               "specUri":"https://www.rfc-editor.org/info/rfc6750","primary":true}],
             "pagination":{"cursor":true,"index":true,"defaultPaginationMethod":"index","defaultPageSize":100,"maxPageSize":1000,"cursorTimeout":3600},
             "meta":{"resourceType":"ServiceProviderConfig","location":"https://example.com/scim/v2/ServiceProviderConfig"}}
            """,
            Encoding.UTF8.GetString(document));
    }

    [Fact]
    public void Default_service_provider_config_claims_nothing_and_leaves_out_pagination()
    {
        var document = Parse(ScimDiscoveryWriter.SerializeServiceProviderConfig(new ServiceProviderConfiguration()));

        Assert.False((bool)document["patch"]!["supported"]!);
        Assert.False((bool)document["bulk"]!["supported"]!);
        Assert.False((bool)document["filter"]!["supported"]!);
        Assert.Empty(document["authenticationSchemes"]!.AsArray());
        Assert.False(document.ContainsKey("pagination"));
        Assert.False(document.ContainsKey("documentationUri"));
    }
}
