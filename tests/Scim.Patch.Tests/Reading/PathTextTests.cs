using System.Text;
using System.Text.Json;
using Scim.Schema;
using static Scim.Patch.Tests.Support.Fixtures;

namespace Scim.Patch.Tests.Reading;

/// <summary>Path strings are decoded without allocating when the path was parsed before.</summary>
public sealed class PathTextTests
{
    private static string ReadPath(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return PatchPathParser.ReadText(ref reader, out _);
    }

    [Fact]
    public void A_cached_path_comes_back_as_the_cached_text()
    {
        const string text = "emails[type eq \"work\"].value";
        var parsed = PatchPathParser.Parse(text, 0);

        var reader = new Utf8JsonReader("\"emails[type eq \\\"work\\\"].value\""u8);
        reader.Read();
        var read = PatchPathParser.ReadText(ref reader, out var cachedParse);

        Assert.Equal(text, read);
        Assert.Same(parsed, cachedParse!.Path);
        Assert.Same(parsed, PatchPathParser.Parse(read, 0));
    }

    [Theory]
    [InlineData("\"name.familyName\"", "name.familyName")]
    [InlineData("\"name.f\\u0061milyName\"", "name.familyName")]
    [InlineData("\"\"", "")]
    public void A_path_is_decoded_with_its_escapes(string json, string expected)
    {
        Assert.Equal(expected, ReadPath(json));
    }

    [Fact]
    public void A_long_path_is_decoded_too()
    {
        var text = "urn:" + new string('x', 600);

        Assert.Equal(text, ReadPath("\"" + text + "\""));
    }

    [Theory]
    [InlineData("\"name.\\ud800\"")]
    [InlineData("\"\\udc00name\"")]
    public void A_lone_surrogate_in_a_path_is_invalid_syntax(string json)
    {
        var error = Assert.Throws<ScimException>(() => ReadPath(json));

        Assert.Equal(ScimErrorType.InvalidSyntax, error.ScimType);
    }

    [Fact]
    public void A_lone_surrogate_in_a_request_path_is_invalid_syntax()
    {
        var error = Fails(() => ParseUser(Body("""{"op":"add","path":"nick\ud800Name","value":"x"}""")));

        Assert.Equal(ScimErrorType.InvalidSyntax, error.ScimType);
    }
}
