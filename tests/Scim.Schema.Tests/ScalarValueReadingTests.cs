using System.Text;
using System.Text.Json;

namespace Scim.Schema.Tests;

/// <summary>Scalars read through a caller's reader (PATCH values) and booleans sent as text.</summary>
public sealed class ScalarValueReadingTests
{
    private static readonly AttributeDefinition Active = CoreSchemas.User.FindAttribute("active")!;
    private static readonly AttributeDefinition NickName = CoreSchemas.User.FindAttribute("nickName")!;

    private static ScimValue? ReadWithReader(string json, AttributeDefinition attribute)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return ScimJsonReader.ReadValue(ref reader, attribute, ScimJsonReadOptions.Stored);
    }

    [Theory]
    [InlineData("\"True\"", true)]
    [InlineData("\"TRUE\"", true)]
    [InlineData("\"tRuE\"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("\"False\"", false)]
    [InlineData("\"\\u0046alse\"", false)]
    [InlineData("true", true)]
    public void Booleans_sent_as_text_in_any_case_are_booleans(string json, bool expected)
    {
        Assert.Equal(ScimBoolean.From(expected), ReadWithReader(json, Active));
        Assert.Equal(ScimBoolean.From(expected), ScimJsonReader.ReadValue(Encoding.UTF8.GetBytes(json), Active));
    }

    [Theory]
    [InlineData("\"tru\u0435\"")]
    [InlineData("\"yes\"")]
    [InlineData("\"\"")]
    [InlineData("\" true\"")]
    [InlineData("1")]
    public void Other_text_is_not_a_boolean(string json)
    {
        Assert.Equal(ScimErrorType.InvalidValue, Assert.Throws<ScimException>(() => ReadWithReader(json, Active)).ScimType);
    }

    [Fact]
    public void A_scalar_read_through_a_reader_leaves_it_on_the_value_s_last_token()
    {
        var reader = new Utf8JsonReader("[\"Barb\",1]"u8);
        reader.Read();
        reader.Read();

        Assert.Equal(new ScimString("Barb"), ScimJsonReader.ReadValue(ref reader, NickName));
        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.Number, reader.TokenType);
    }

    [Theory]
    [InlineData("null", null)]
    [InlineData("\"Barb\"", "Barb")]
    [InlineData("\"B\\u0061rb\"", "Barb")]
    public void A_string_or_null_is_read_through_a_reader(string json, string? expected)
    {
        var value = ReadWithReader(json, NickName);

        Assert.Equal(expected, (value as ScimString)?.Value);
    }

    [Theory]
    [InlineData("[\"a\"]")]
    [InlineData("{\"a\":1}")]
    [InlineData("12")]
    public void A_scalar_attribute_refuses_arrays_objects_and_other_types(string json)
    {
        Assert.Equal(ScimErrorType.InvalidValue, Assert.Throws<ScimException>(() => ReadWithReader(json, NickName)).ScimType);
    }

    [Fact]
    public void A_lone_surrogate_through_a_reader_is_invalid_syntax()
    {
        Assert.Equal(ScimErrorType.InvalidSyntax, Assert.Throws<ScimException>(() => ReadWithReader("\"\\ud800\"", NickName)).ScimType);
    }
}
