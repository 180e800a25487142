namespace Scim.Schema.Tests;

/// <summary>The example that opens <c>src/Scim.Schema/README.md</c>, kept runnable and checked.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_example_prints_the_projected_user()
    {
        var users = ScimSchemaRegistry.CreateDefault().FindResourceType("User")!;
        var body = """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
             "id":"chosen-by-client","userName":"bjensen@example.com","active":"True",
             "emails":[{"value":"bjensen@example.com","type":"work","primary":true}],
             "password":"t1meMa$heen"}
            """;

        var user = ScimResourceValidator.ValidateCreate(ScimJsonReader.ReadResource(body, users))
            .With("id", new ScimString("2819c223"));
        var projection = ScimProjection.Create(users, attributes: "userName,emails.value", excludedAttributes: null);
        var printed = ScimJsonWriter.SerializeResourceToString(projection.Apply(user));

        Assert.Equal(
            """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bjensen@example.com","emails":[{"value":"bjensen@example.com"}],"id":"2819c223"}""",
            printed);
    }
}
