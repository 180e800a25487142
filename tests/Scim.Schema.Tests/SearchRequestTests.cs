namespace Scim.Schema.Tests;

public sealed class SearchRequestTests
{
    [Fact]
    public void Rfc_7644_search_request_example_reads_every_member()
    {
        var request = ScimJsonReader.ReadSearchRequest("""
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
             "attributes":["displayName","userName"],
             "filter":"displayName sw \"smith\"",
             "startIndex":1,
             "count":10}
            """);

        Assert.Equal(["displayName", "userName"], request.Attributes);
        Assert.Empty(request.ExcludedAttributes);
        Assert.Equal("displayName sw \"smith\"", request.Filter);
        Assert.Equal(1, request.StartIndex);
        Assert.Equal(10, request.Count);
        Assert.Null(request.SortBy);
        Assert.Null(request.SortOrder);
        Assert.Null(request.Cursor);
    }

    [Fact]
    public void Sorting_cursor_and_excluded_attributes_are_read_case_insensitively()
    {
        var request = ScimJsonReader.ReadSearchRequest("""
            {"SortBy":"meta.lastModified","sortOrder":"Descending","cursor":"","ExcludedAttributes":"members, emails","unknown":{"x":[1]}}
            """);

        Assert.Equal("meta.lastModified", request.SortBy);
        Assert.Equal(ScimSortOrder.Descending, request.SortOrder);
        Assert.Equal(string.Empty, request.Cursor);
        Assert.Equal(["members", "emails"], request.ExcludedAttributes);
        Assert.False(request.ToProjection(CoreSchemas.GroupResourceType).Includes("members"));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(7, 7)]
    public void Start_index_below_one_is_read_as_one(int sent, int expected)
    {
        Assert.Equal(expected, ScimJsonReader.ReadSearchRequest("{\"startIndex\":" + sent + "}").StartIndex);
    }

    [Fact]
    public void Negative_count_is_read_as_zero()
    {
        Assert.Equal(0, ScimJsonReader.ReadSearchRequest("{\"count\":-3}").Count);
    }

    [Theory]
    [InlineData("{\"count\":\"10\"}")]
    [InlineData("{\"count\":1.5}")]
    [InlineData("{\"count\":99999999999}")]
    [InlineData("{\"startIndex\":true}")]
    [InlineData("{\"filter\":3}")]
    [InlineData("{\"sortBy\":[\"a\"]}")]
    [InlineData("{\"sortOrder\":\"up\"}")]
    [InlineData("{\"attributes\":[1]}")]
    [InlineData("{\"attributes\":{}}")]
    public void Members_of_the_wrong_type_are_invalid_value(string json)
    {
        var error = Assert.Throws<ScimException>(() => ScimJsonReader.ReadSearchRequest(json));

        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
    }

    [Theory]
    [InlineData("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]}")]
    [InlineData("{\"schemas\":\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"}")]
    [InlineData("{\"count\":1,\"COUNT\":2}")]
    [InlineData("{\"filter\":\"\\ud800\"}")]
    [InlineData("{\"ignored\":\"\\ud800\"}")]
    [InlineData("{\"count\":1")]
    [InlineData("{\"count\":1}]")]
    [InlineData("[]")]
    public void Malformed_search_requests_are_invalid_syntax(string json)
    {
        var error = Assert.Throws<ScimException>(() => ScimJsonReader.ReadSearchRequest(json));

        Assert.Equal(ScimErrorType.InvalidSyntax, error.ScimType);
    }

    [Fact]
    public void Empty_search_request_means_all_defaults()
    {
        var request = ScimJsonReader.ReadSearchRequest("{}");

        Assert.Empty(request.Attributes);
        Assert.Null(request.Filter);
        Assert.True(request.ToProjection(CoreSchemas.UserResourceType).IsDefault);
    }
}
