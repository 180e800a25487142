using Scim.Schema;

namespace Scim.Filter.Tests.Parsing;

public sealed class ScimPathTests
{
    [Theory]
    [InlineData("userName", "userName")]
    [InlineData("name.familyName", "name.familyName")]
    [InlineData("members[value eq \"2819c223-7f76-453a-919d-413861904646\"]", "members[value eq \"2819c223-7f76-453a-919d-413861904646\"]")]
    [InlineData("emails[type eq \"work\"].value", "emails[type eq \"work\"].value")]
    [InlineData("addresses[type eq \"work\"].streetAddress", "addresses[type eq \"work\"].streetAddress")]
    [InlineData("roles[primary EQ \"True\"].display", "roles[primary eq \"True\"].display")]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department")]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:emails[type eq \"work\"].value", "urn:ietf:params:scim:schemas:core:2.0:User:emails[type eq \"work\"].value")]
    [InlineData(" members[value eq \"1\" or value eq \"2\"] ", "members[value eq \"1\" or value eq \"2\"]")]
    public void Path_parses_to_its_canonical_form(string path, string canonical)
    {
        var parsed = ScimPath.Parse(path);

        Assert.Equal(canonical, parsed.ToString());
        Assert.Equal(parsed, ScimPath.Parse(parsed.ToString()));
    }

    [Fact]
    public void Value_path_with_sub_attribute_keeps_its_parts_apart()
    {
        var path = ScimPath.Parse("emails[type eq \"work\"].value");

        Assert.Equal(new AttributePath("emails"), path.Attribute);
        Assert.Equal(ScimFilter.Parse("type eq \"work\""), path.ValueFilter);
        Assert.Equal("value", path.SubAttribute);
    }

    [Theory]
    [InlineData("", "The path is empty.")]
    [InlineData("emails[", "Syntax error at column 8: unexpected end of input, expected an attribute name, `not` or `(`.")]
    [InlineData("emails[type eq \"work\"", "Syntax error at column 22: unexpected end of input, expected `and`, `or` or `]`.")]
    [InlineData("emails[type eq \"work\"].", "Syntax error at column 24: unexpected end of input, expected a sub-attribute name.")]
    [InlineData("emails[type eq \"work\"].value eq \"x\"", "Syntax error at column 30: unexpected `eq`, expected the end of the path.")]
    [InlineData("userName eq \"x\"", "Syntax error at column 10: unexpected `eq`, expected the end of the path.")]
    [InlineData("a b", "Syntax error at column 3: unexpected attribute name `b`, expected the end of the path.")]
    [InlineData("\"userName\"", "Syntax error at column 1: unexpected string, expected an attribute name.")]
    [InlineData("emails[value[x pr]]", "Syntax error at column 13: value filters cannot be nested.")]
    public void Invalid_path_is_rejected_with_invalidPath(string path, string message)
    {
        var error = Assert.Throws<ScimException>(() => ScimPath.Parse(path));

        Assert.Equal(ScimErrorType.InvalidPath, error.ScimType);
        Assert.Equal(message, error.Detail);
    }

    [Fact]
    public void Path_length_has_its_own_limit_of_one_kibibyte()
    {
        var atLimit = new string('a', 1024);
        Assert.True(ScimPath.TryParse(atLimit, out _, out _));

        Assert.False(ScimPath.TryParse(atLimit + "a", out _, out var error));
        Assert.Equal("The path is 1025 characters long; at most 1024 are allowed.", error);
    }

    [Fact]
    public void Deeply_nested_path_filter_is_rejected_by_depth()
    {
        var path = "a[" + new string('(', 100_000) + "b pr" + new string(')', 100_000) + "]";

        Assert.False(ScimPath.TryParse(path, out _, out var error, new FilterParseOptions { MaxPathLength = int.MaxValue }));
        Assert.StartsWith("The path nests deeper than 32 levels", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sub_attribute_without_value_filter_is_refused_by_the_constructor()
    {
        Assert.Throws<ArgumentException>(() => new ScimPath(new AttributePath("emails"), null, "value"));
    }
}
