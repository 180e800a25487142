using System.Text;

namespace Scim.Schema.Tests;

/// <summary>How the reader maps keys onto attributes: by bytes from the previous hit, by decoded name, and duplicates.</summary>
public sealed class ReaderKeyLookupTests
{
    private const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private static ScimResource Read(string json, ResourceTypeDefinition? type = null) =>
        ScimJsonReader.ReadResource(json, type ?? CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored);

    private static ScimException ReadFails(string json, ResourceTypeDefinition? type = null) =>
        Assert.Throws<ScimException>(() => Read(json, type));

    [Fact]
    public void Keys_in_any_order_are_all_read()
    {
        var user = Read("""{"meta":{"version":"W/\"1\"","resourceType":"User"},"active":true,"userName":"a","id":"1","name":{"givenName":"g","formatted":"f"},"displayName":"d"}""");

        Assert.Equal(["meta", "active", "userName", "id", "name", "displayName"], user.Attributes.Names);
        Assert.Equal(["givenName", "formatted"], Assert.IsType<ScimComplex>(user["name"]).Names);
        Assert.Equal("W/\"1\"", user.Version);
    }

    [Theory]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:user")]
    [InlineData("URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER")]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:\\u0055ser")]
    public void The_extension_key_in_another_case_or_escaped_is_the_extension(string key)
    {
        var user = Read($$$"""{"userName":"a","{{{key}}}":{"department":"d"}}""");

        Assert.Equal(new ScimString("d"), user.GetExtension(Enterprise)!["department"]);
    }

    [Theory]
    [InlineData("{\"" + Enterprise + "\":{\"department\":\"a\"},\"" + Enterprise + "\":{\"division\":\"b\"}}")]
    [InlineData("{\"" + Enterprise + "\":{\"department\":\"a\"},\"URN:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"division\":\"b\"}}")]
    [InlineData("{\"id\":\"1\",\"ID\":\"2\"}")]
    [InlineData("{\"id\":\"1\",\"\\u0069d\":\"2\"}")]
    [InlineData("{\"meta\":{\"version\":\"1\",\"Version\":\"2\"}}")]
    [InlineData("{\"schemas\":[],\"SCHEMAS\":[]}")]
    [InlineData("{\"emails\":[{\"value\":\"a\",\"VALUE\":\"b\"}]}")]
    [InlineData("{\"" + Enterprise + "\":{\"manager\":{\"value\":\"a\",\"Value\":\"b\"}}}")]
    public void Duplicates_across_the_byte_and_decoded_lookups_are_invalid_syntax(string json)
    {
        Assert.Equal(ScimErrorType.InvalidSyntax, ReadFails(json).ScimType);
    }

    [Fact]
    public void Unknown_keys_are_skipped_and_their_duplicates_refused()
    {
        var user = Read("""{"userName":"a","unknownThing":{"x":[1,2]},"other":1}""");

        Assert.Equal(["userName"], user.Attributes.Names);
        Assert.Equal(ScimErrorType.InvalidSyntax, ReadFails("""{"name":{"nope":1,"NOPE":2}}""").ScimType);
    }

    [Fact]
    public void Attributes_past_the_64th_of_a_large_schema_are_read_and_their_duplicates_refused()
    {
        var schema = new SchemaDefinition("urn:example:Wide", "Wide", null, Enumerable.Range(0, 80).Select(i => new AttributeDefinition("attr" + i)));
        var type = new ResourceTypeDefinition("Wide", "/Wides", schema);
        var json = new StringBuilder("{");
        for (var i = 79; i >= 0; i--)
        {
            json.Append("\"attr").Append(i).Append("\":\"v").Append(i).Append("\",");
        }

        var read = Read(json.ToString().TrimEnd(',') + "}", type);

        Assert.Equal(80, read.Attributes.Count);
        Assert.Equal(new ScimString("v70"), read["attr70"]);
        Assert.Equal(ScimErrorType.InvalidSyntax, ReadFails("""{"attr70":"a","ATTR70":"b"}""", type).ScimType);
        Assert.Equal(ScimErrorType.InvalidSyntax, ReadFails("""{"attr70":"a","attr70":"b"}""", type).ScimType);
        Assert.Equal(ScimErrorType.InvalidSyntax, ReadFails("""{"attr3":"a","attr\u0033":"b"}""", type).ScimType);
    }

    [Fact]
    public void Canonical_values_spelled_exactly_are_the_schema_s_shared_instance_and_others_are_read_as_sent()
    {
        const string json = """{"emails":[{"value":"a@b.c","type":"work"},{"value":"d@e.f","type":"Work"}]}""";

        var first = Types(Read(json));
        var second = Types(Read(json));

        Assert.Same(first[0], second[0]);
        Assert.Equal("work", first[0].Value);
        Assert.Equal("Work", first[1].Value);
        Assert.NotSame(first[1], second[1]);
    }

    [Fact]
    public void Errors_inside_an_extension_s_complex_attribute_name_the_full_path_every_time()
    {
        for (var i = 0; i < 3; i++)
        {
            var wrongType = ReadFails("{\"" + Enterprise + "\":{\"manager\":{\"value\":1}}}");
            var duplicate = ReadFails("{\"" + Enterprise + "\":{\"manager\":{\"value\":\"a\",\"VALUE\":\"b\"}}}");

            Assert.Contains(Enterprise + ":manager.value", wrongType.Detail, StringComparison.Ordinal);
            Assert.Equal($"The attribute '{(Enterprise + ":manager.value")[..61]}...' appears more than once (names are case-insensitive).", duplicate.Detail);
        }
    }

    [Fact]
    public void References_are_read_as_sent_escaped_or_not()
    {
        var user = Read("""{"profileUrl":"https://example.com/u/\u00e9l\u00e8ve","meta":{"location":"https://example.com/v2/Users/1"}}""");

        Assert.Equal(new ScimReference("https://example.com/u/\u00e9l\u00e8ve"), user["profileUrl"]);
        Assert.Equal(new ScimReference("https://example.com/v2/Users/1"), Assert.IsType<ScimComplex>(user["meta"])["location"]);
    }

    private static ScimString[] Types(ScimResource user) =>
        [.. Assert.IsType<ScimMultiValue>(user["emails"]).Select(e => Assert.IsType<ScimString>(((ScimComplex)e)["type"]))];
}
