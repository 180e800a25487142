using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Scim.Schema.Tests;

public sealed class MessageTests
{
    private static readonly ScimResource User =
        ScimJsonReader.ReadResource(RfcExample.Load(RfcExample.EnterpriseUser), CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored);

    private static readonly ScimResource Group =
        ScimJsonReader.ReadResource(RfcExample.Load(RfcExample.Group), CoreSchemas.GroupResourceType, ScimJsonReadOptions.Stored);

    private static JsonObject Parse(byte[] utf8) => JsonNode.Parse(Encoding.UTF8.GetString(utf8))!.AsObject();

    [Fact]
    public void Empty_list_response_has_integer_paging_fields_and_an_empty_resources_array()
    {
        var document = ScimMessageWriter.SerializeListResponse(new ScimListResponse([], 0) { StartIndex = 1 });

        JsonAssert.Equivalent(
            """{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":0,"itemsPerPage":0,"startIndex":1,"Resources":[]}""",
            Encoding.UTF8.GetString(document));
        Assert.Contains("\"Resources\":[]", Encoding.UTF8.GetString(document), StringComparison.Ordinal);
        var parsed = Parse(document);
        Assert.Equal(JsonValueKind.Number, parsed["totalResults"]!.GetValueKind());
        Assert.Equal(JsonValueKind.Number, parsed["startIndex"]!.GetValueKind());
        Assert.Equal(JsonValueKind.Number, parsed["itemsPerPage"]!.GetValueKind());
    }

    [Fact]
    public void List_response_writes_projected_resources_and_never_a_password()
    {
        var response = new ScimListResponse([User], 250) { StartIndex = 101, ItemsPerPage = 1 };

        var document = Parse(ScimMessageWriter.SerializeListResponse(response, ScimProjection.Create(CoreSchemas.UserResourceType, "userName", null)));

        Assert.Equal(250, (long)document["totalResults"]!);
        Assert.Equal(101, (int)document["startIndex"]!);
        Assert.Equal(1, (int)document["itemsPerPage"]!);
        JsonAssert.Equivalent(
            """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"2819c223-7f76-453a-919d-413861904646","userName":"bjensen@example.com"}""",
            document["Resources"]![0]!.ToJsonString());
        var unprojected = Encoding.UTF8.GetString(ScimMessageWriter.SerializeListResponse(response));
        Assert.DoesNotContain("password", unprojected, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"emails\"", unprojected, StringComparison.Ordinal);
    }

    [Fact]
    public void List_response_with_cursors_writes_next_and_previous_cursor()
    {
        var document = Parse(ScimMessageWriter.SerializeListResponse(new ScimListResponse([Group], 3) { NextCursor = "VZUTiy", PreviousCursor = "ze7L30" }));

        Assert.Equal("VZUTiy", (string?)document["nextCursor"]);
        Assert.Equal("ze7L30", (string?)document["previousCursor"]);
        Assert.False(document.ContainsKey("startIndex"));
        Assert.Equal(1, (int)document["itemsPerPage"]!);
    }

    [Fact]
    public void List_response_applies_the_same_names_to_resources_of_another_type()
    {
        var projection = ScimProjection.Create(CoreSchemas.UserResourceType, null, "members,emails");

        var document = Parse(ScimMessageWriter.SerializeListResponse(new ScimListResponse([User, Group], 2), projection));

        Assert.False(document["Resources"]![0]!.AsObject().ContainsKey("emails"));
        Assert.False(document["Resources"]![1]!.AsObject().ContainsKey("members"));
        Assert.Equal("Tour Guides", (string?)document["Resources"]![1]!["displayName"]);
    }

    [Theory]
    [InlineData(400, "invalidValue", "Attribute 'userName' is required.")]
    [InlineData(409, "uniqueness", "userName is already taken.")]
    [InlineData(404, null, "Resource 42 not found.")]
    public void Error_document_has_status_as_a_string_and_scim_type_only_when_present(int status, string? scimType, string detail)
    {
        var document = Parse(ScimMessageWriter.SerializeError(new ScimException(status, scimType, detail)));

        Assert.Equal(ScimSchemaIds.Error, (string?)document["schemas"]![0]);
        Assert.Equal(JsonValueKind.String, document["status"]!.GetValueKind());
        Assert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)document["status"]);
        Assert.Equal(scimType is not null, document.ContainsKey("scimType"));
        Assert.Equal(scimType, (string?)document["scimType"]);
        Assert.Equal(detail, (string?)document["detail"]);
    }

    [Fact]
    public void Error_document_of_a_reader_error_is_a_complete_scim_error()
    {
        var error = Assert.Throws<ScimException>(() => ScimJsonReader.ReadResource("{\"active\":3}", CoreSchemas.UserResourceType));

        var document = Parse(ScimMessageWriter.SerializeError(error));

        Assert.Equal("400", (string?)document["status"]);
        Assert.Equal("invalidValue", (string?)document["scimType"]);
    }
}
