using Scim.Schema;

namespace Scim.Schema.Tests;

public sealed class ResourceJsonSmokeTests
{
    [Fact]
    public void Entra_create_body_reads_with_nulls_ignored_and_writes_back()
    {
        var json = """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:ietf:params:scim:schemas:extension:enterprise:2.0User"],
         "externalId":"jexample","UserName":"jexample@example.com","active":"True","addresses":null,
         "emails":[{"type":"work","value":"jexample@example.com","primary":true}],"meta":{"resourceType":"User"},
         "name":{"familyName":"Example","givenName":"Jo"},"department":null,"password":"secret",
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"R&D","manager":[{"$ref":null,"value":"m1"}]}}
        """;
        var user = ScimJsonReader.ReadResource(json, CoreSchemas.UserResourceType);
        Assert.Equal("jexample@example.com", ((ScimString)user["userName"]!).Value);
        Assert.Equal(ScimBoolean.True, user["active"]);
        Assert.Null(user["meta"]);
        Assert.Null(user["addresses"]);
        var written = ScimJsonWriter.SerializeResourceToString(user);
        Assert.DoesNotContain("secret", written, StringComparison.Ordinal);
        Assert.Contains("\"userName\":\"jexample@example.com\"", written, StringComparison.Ordinal);
        Assert.Contains("\"manager\":{\"value\":\"m1\"}", written, StringComparison.Ordinal);
        var again = ScimJsonReader.ReadResource(ScimJsonWriter.SerializeResource(user, ScimJsonWriteOptions.Storage), CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored);
        Assert.Equal(user, again);
    }

    [Theory]
    [InlineData("{\"userName\":\"a\",\"USERNAME\":\"b\"}", "invalidSyntax")]
    [InlineData("{\"userName\":\"a\"} x", "invalidSyntax")]
    [InlineData("{\"active\":3}", "invalidValue")]
    [InlineData("{\"userName\":\"\\ud800\"}", "invalidSyntax")]
    [InlineData("[1]", "invalidSyntax")]
    public void Malformed_bodies_are_scim_errors(string json, string scimType)
    {
        var ex = Assert.Throws<ScimException>(() => ScimJsonReader.ReadResource(json, CoreSchemas.UserResourceType));
        Assert.Equal(400, ex.Status);
        Assert.Equal(scimType, ex.ScimType);
    }
}
