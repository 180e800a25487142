using System.Text;

namespace Scim.Schema.Tests;

public sealed class JsonEdgeCaseTests
{
    private static ScimException ReadFails(string json) =>
        Assert.Throws<ScimException>(() => ScimJsonReader.ReadResource(json, CoreSchemas.UserResourceType));

    private static ScimException ReadFails(byte[] utf8) =>
        Assert.Throws<ScimException>(() => ScimJsonReader.ReadResource(utf8, CoreSchemas.UserResourceType));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"userName\":")]
    [InlineData("{\"userName\":\"bjensen")]
    [InlineData("{\"emails\":[{\"value\":\"a@b.c\"}")]
    [InlineData("{\"userName\":\"a\",}")]
    [InlineData("{\"userName\":\"a\"} {}")]
    [InlineData("{\"userName\":\"a\"}x")]
    [InlineData("{\"userName\":\"a\"/* comment */}")]
    [InlineData("{'userName':'a'}")]
    [InlineData("\"just a string\"")]
    [InlineData("null")]
    public void Truncated_trailing_or_non_object_documents_are_invalid_syntax(string json)
    {
        var error = ReadFails(json);

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimErrorType.InvalidSyntax, error.ScimType);
    }

    [Theory]
    [InlineData("{\"userName\":\"a\",\"userName\":\"b\"}")]
    [InlineData("{\"userName\":\"a\",\"USERNAME\":\"b\"}")]
    [InlineData("{\"userName\":\"a\",\"user\\u004eame\":\"b\"}")]
    [InlineData("{\"userName\":\"a\",\"urn:ietf:params:scim:schemas:core:2.0:User:userName\":\"b\"}")]
    [InlineData("{\"urn:ietf:params:scim:schemas:core:2.0:User:userName\":\"b\",\"userName\":\"a\"}")]
    [InlineData("{\"name\":{\"givenName\":\"a\",\"GivenName\":\"b\"}}")]
    [InlineData("{\"unknown\":1,\"Unknown\":2}")]
    [InlineData("{\"name\":{\"givenName\":\"a\",\"given\\u004eame\":\"b\"}}")]
    [InlineData("{\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"a\",\"DEPARTMENT\":\"b\"}}")]
    [InlineData("{\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"a\"},\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department\":\"b\"}")]
    public void Duplicate_keys_in_any_case_or_form_are_invalid_syntax(string json)
    {
        Assert.Equal(ScimErrorType.InvalidSyntax, ReadFails(json).ScimType);
    }

    [Fact]
    public void Keys_spelled_with_escapes_or_in_another_case_are_read_as_the_schema_spelling()
    {
        var json = "{\"user\\u004eame\":\"a\",\"NAME\":{\"given\\u004eame\":\"b\",\"FAMILYNAME\":\"c\"},\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"depa\\u0072tment\":\"d\"}}";

        var user = ScimJsonReader.ReadResource(json, CoreSchemas.UserResourceType);

        Assert.Equal("a", Assert.IsType<ScimString>(user["userName"]).Value);
        var name = Assert.IsType<ScimComplex>(user["name"]);
        Assert.Equal(["name"], user.Attributes.Names.Where(n => n.Equals("name", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(["givenName", "familyName"], name.Names);
        Assert.Equal("d", Assert.IsType<ScimString>(user.GetExtension("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")!["department"]).Value);
    }

    [Fact]
    public void Many_distinct_keys_are_read_in_linear_time_and_a_late_duplicate_is_still_found()
    {
        var builder = new StringBuilder("{\"userName\":\"a\"");
        for (var i = 0; i < 50_000; i++)
        {
            builder.Append(",\"k").Append(i).Append("\":0");
        }

        var user = ScimJsonReader.ReadResource(builder + "}", CoreSchemas.UserResourceType);
        Assert.Equal(new ScimString("a"), user["userName"]);
        Assert.Equal(ScimErrorType.InvalidSyntax, ReadFails(builder + ",\"K49999\":1}").ScimType);
    }

    [Theory]
    [InlineData(32, true)]
    [InlineData(33, false)]
    [InlineData(100_000, false)]
    public void Nesting_deeper_than_max_depth_is_refused_also_inside_ignored_attributes(int depth, bool readable)
    {
        // Depth counts the root object: "unknown" holds depth - 1 nested arrays.
        var json = "{\"userName\":\"a\",\"unknown\":" + new string('[', depth - 1) + new string(']', depth - 1) + "}";

        if (readable)
        {
            Assert.Equal(new ScimString("a"), ScimJsonReader.ReadResource(json, CoreSchemas.UserResourceType)["userName"]);
        }
        else
        {
            Assert.Equal(ScimErrorType.InvalidSyntax, ReadFails(json).ScimType);
        }
    }

    [Theory]
    [InlineData(100)]
    [InlineData(10_000)]
    [InlineData(1_000_000)]
    public void Wide_arrays_are_read_in_known_and_ignored_attributes(int width)
    {
        var emails = string.Join(",", Enumerable.Repeat("{\"value\":\"a@example.com\"}", Math.Min(width, 10_000)));
        var ignored = string.Join(",", Enumerable.Repeat("[]", width));
        var json = "{\"userName\":\"a\",\"emails\":[" + emails + "],\"unknown\":[" + ignored + "]}";

        var user = ScimJsonReader.ReadResource(json, CoreSchemas.UserResourceType);

        Assert.Equal(Math.Min(width, 10_000), ((ScimMultiValue)user["emails"]!).Count);
    }

    [Fact]
    public void Unterminated_deep_nesting_is_refused()
    {
        Assert.Equal(ScimErrorType.InvalidSyntax, ReadFails("{\"x\":" + new string('{', 1_000_000)).ScimType);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x22, 0x75, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D })]
    [InlineData(new byte[] { 0x7B, 0x22, 0xC3, 0x22, 0x3A, 0x31, 0x7D })]
    [InlineData(new byte[] { 0x7B, 0x22, 0x75, 0x22, 0x3A, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x7D })]
    [InlineData(new byte[] { 0x7B, 0x22, 0x75, 0x22, 0x3A, 0x22, 0xC0, 0xAF, 0x22, 0x7D })]
    public void Invalid_utf8_anywhere_is_invalid_syntax(byte[] utf8)
    {
        Assert.Equal(ScimErrorType.InvalidSyntax, ReadFails(utf8).ScimType);
    }

    [Theory]
    [InlineData("{\"userName\":\"\\ud800\"}")]
    [InlineData("{\"userName\":\"\\udc00x\"}")]
    [InlineData("{\"\\ud800\":\"a\"}")]
    [InlineData("{\"unknownAttribute\":\"\\ud800\"}")]
    [InlineData("{\"unknownAttribute\":{\"deeper\":[\"\\udfff\"]}}")]
    [InlineData("{\"unknownAttribute\":{\"\\ud800\":1}}")]
    [InlineData("{\"groups\":[{\"value\":\"\\ud800\"}]}")]
    [InlineData("{\"schemas\":[\"\\ud800\"]}")]
    [InlineData("{\"active\":\"\\ud800\"}")]
    [InlineData("{\"urn:example:unknown\":\"\\ud800\"}")]
    public void Lone_surrogate_escapes_are_invalid_syntax_even_in_ignored_values(string json)
    {
        Assert.Equal(ScimErrorType.InvalidSyntax, ReadFails(json).ScimType);
    }

    [Fact]
    public void Lone_surrogate_in_a_dotnet_string_is_invalid_syntax()
    {
        Assert.Equal(ScimErrorType.InvalidSyntax, ReadFails("{\"userName\":\"\ud800\"}").ScimType);
    }

    [Fact]
    public void Escaped_surrogate_pair_is_read_as_the_character()
    {
        var user = ScimJsonReader.ReadResource("{\"userName\":\"\\ud83d\\ude00\"}", CoreSchemas.UserResourceType);

        Assert.Equal(new ScimString("\U0001F600"), user["userName"]);
    }

    [Theory]
    [InlineData("{\"active\":3}")]
    [InlineData("{\"active\":\"yes\"}")]
    [InlineData("{\"active\":{}}")]
    [InlineData("{\"active\":[true,false]}")]
    [InlineData("{\"userName\":3}")]
    [InlineData("{\"userName\":true}")]
    [InlineData("{\"userName\":{\"value\":\"a\"}}")]
    [InlineData("{\"userName\":[\"a\",\"b\"]}")]
    [InlineData("{\"name\":\"Barbara\"}")]
    [InlineData("{\"name\":[{\"givenName\":\"a\"},{\"givenName\":\"b\"}]}")]
    [InlineData("{\"emails\":[[{\"value\":\"a\"}]]}")]
    [InlineData("{\"emails\":[{\"primary\":\"maybe\"}]}")]
    [InlineData("{\"x509Certificates\":[{\"value\":\"not base64!\"}]}")]
    [InlineData("{\"meta\":{\"created\":\"yesterday\"}}")]
    [InlineData("{\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":\"R&D\"}")]
    public void Values_of_the_wrong_type_are_invalid_value(string json)
    {
        var options = ScimJsonReadOptions.Stored;
        var error = Assert.Throws<ScimException>(() => ScimJsonReader.ReadResource(json, CoreSchemas.UserResourceType, options));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
    }

    [Theory]
    [InlineData("2008-01-23")]
    [InlineData("2008")]
    [InlineData("04:56:22")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("9999-12-31T23:59:59-14:00")]
    [InlineData("2008-13-23T04:56:22Z")]
    [InlineData("2008-01-23T25:56:22Z")]
    public void Date_times_that_are_not_a_full_instant_in_range_are_invalid_value(string text)
    {
        var json = "{\"meta\":{\"created\":\"" + text + "\"}}";

        var error = Assert.Throws<ScimException>(() => ScimJsonReader.ReadResource(json, CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored));

        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
    }

    [Theory]
    [InlineData("2008-01-23T04:56:22Z", 0)]
    [InlineData("2008-01-23T04:56:22.1234567+02:00", 2)]
    [InlineData("2008-01-23T04:56:22", 0)]
    public void Full_date_times_are_read_with_their_offset(string text, int offsetHours)
    {
        var json = "{\"meta\":{\"created\":\"" + text + "\"}}";

        var created = (ScimDateTime)ScimJsonReader.ReadResource(json, CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored).Meta!["created"]!;

        Assert.Equal(TimeSpan.FromHours(offsetHours), created.Value.Offset);
    }

    [Theory]
    [InlineData("\"True\"", true)]
    [InlineData("\"False\"", false)]
    [InlineData("\"TRUE\"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Booleans_sent_as_strings_are_read_by_meaning(string value, bool expected)
    {
        var user = ScimJsonReader.ReadResource("{\"active\":" + value + "}", CoreSchemas.UserResourceType);

        Assert.Equal(ScimBoolean.From(expected), user["active"]);
    }

    [Fact]
    public void Byte_order_mark_is_accepted()
    {
        var utf8 = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"userName\":\"a\"}")).ToArray();

        Assert.Equal(new ScimString("a"), ScimJsonReader.ReadResource(utf8, CoreSchemas.UserResourceType)["userName"]);
    }

    [Fact]
    public void Error_details_name_the_attribute_but_never_echo_its_value()
    {
        var error = Assert.Throws<ScimException>(() =>
            ScimJsonReader.ReadResource("{\"active\":\"s3cr3t-value\"}", CoreSchemas.UserResourceType));

        Assert.Contains("active", error.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_value_for_a_multi_valued_attribute_and_array_for_a_single_complex_are_tolerated()
    {
        var json = """
            {"emails":{"value":"a@example.com"},
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"manager":[{"$ref":null,"value":"m1"}]},
             "roles":["Admin"]}
            """;

        var user = ScimJsonReader.ReadResource(json, CoreSchemas.UserResourceType);

        Assert.Single((ScimMultiValue)user["emails"]!);
        Assert.Equal(ScimComplex.Create(("value", new ScimString("m1"))), user.GetExtension(ScimSchemaIds.EnterpriseUser)!["manager"]);
        Assert.Equal(ScimMultiValue.Create(ScimComplex.Create(("value", new ScimString("Admin")))), user["roles"]);
    }
}
