using Scim.Schema;

namespace Scim.Filter.Tests.Parsing;

public sealed class InvalidFilterTests
{
    public static TheoryData<string, string> Errors() => new()
    {
        { "userName eq", "Syntax error at column 12: unexpected end of input, expected a comparison value." },
        { "userName eq ", "Syntax error at column 13: unexpected end of input, expected a comparison value." },
        { "userName", "Syntax error at column 9: unexpected end of input, expected a comparison operator, `pr` or `[`." },
        { "userName \"x\"", "Syntax error at column 10: unexpected string, expected a comparison operator, `pr` or `[`." },
        { "userName xx \"x\"", "Syntax error at column 10: unexpected attribute name `xx`, expected a comparison operator, `pr` or `[`." },
        { "userName like \"x\"", "Syntax error at column 10: unexpected attribute name `like`, expected a comparison operator, `pr` or `[`." },
        { "userName == \"x\"", "Syntax error at column 10: unexpected `==`, expected a comparison operator, `pr` or `[`." },
        { "eq \"x\"", "Syntax error at column 1: unexpected `eq`, expected an attribute name, `not` or `(`." },
        { "\"x\" eq userName", "Syntax error at column 1: unexpected string, expected an attribute name, `not` or `(`." },
        { "userName eq \"x", "Syntax error at column 13: unterminated string." },
        { "userName eq \"x\\q\"", "Syntax error at column 15: invalid escape sequence `\\q` in a string." },
        { "userName eq \"x\\u12\"", "Syntax error at column 15: a \\u escape needs four hexadecimal digits." },
        { "userName eq \"x\\u12G4\"", "Syntax error at column 15: a \\u escape needs four hexadecimal digits." },
        { "userName eq \"\\ud800\"", "Syntax error at column 14: a \\u escape encodes a lone surrogate." },
        { "userName eq \"\\udc00\"", "Syntax error at column 14: a \\u escape encodes a lone surrogate." },
        { "userName eq \"\\ud800\\u0041\"", "Syntax error at column 14: a \\u escape encodes a lone surrogate." },
        { "userName eq \"a\nb\"", "Syntax error at column 15: the control character U+000A must be escaped in a string." },
        { "userName eq \"x\\", "Syntax error at column 15: unterminated escape sequence in a string." },
        { "userName eq \"x\" and", "Syntax error at column 20: unexpected end of input, expected an attribute name, `not` or `(`." },
        { "userName eq \"x\" or or", "Syntax error at column 20: unexpected `or`, expected an attribute name, `not` or `(`." },
        { "userName eq \"x\" title pr", "Syntax error at column 17: unexpected attribute name `title`, expected `and`, `or` or the end of the filter." },
        { "(userName eq \"x\"", "Syntax error at column 17: unexpected end of input, expected `and`, `or` or `)`." },
        { "userName eq \"x\")", "Syntax error at column 16: unexpected `)`, expected `and`, `or` or the end of the filter." },
        { "()", "Syntax error at column 2: unexpected `)`, expected an attribute name, `not` or `(`." },
        { "not userName eq \"x\"", "Syntax error at column 5: unexpected attribute name `userName`, expected `(`." },
        { "not", "Syntax error at column 4: unexpected end of input, expected `(`." },
        { "emails[type eq \"work\"", "Syntax error at column 22: unexpected end of input, expected `and`, `or` or `]`." },
        { "emails[]", "Syntax error at column 8: unexpected `]`, expected an attribute name, `not` or `(`." },
        { "emails[type[value eq \"x\"]]", "Syntax error at column 12: value filters cannot be nested." },
        { "emails[type eq \"work\"].", "Syntax error at column 24: unexpected end of input, expected a sub-attribute name." },
        { "emails[type eq \"work\"].value", "Syntax error at column 29: unexpected end of input, expected a comparison operator or `pr`." },
        { "emails[type eq \"work\"].a.b eq \"x\"", "Syntax error at column 24: unexpected attribute name `a.b`, expected a sub-attribute name." },
        { "emails[type eq \"work\"] .value", "Syntax error at column 30: unexpected end of input, expected a comparison operator or `pr`." },
        { "a.b.c eq 1", "Syntax error at column 1: unexpected `a.b.c`, expected an attribute name, `not` or `(`." },
        { "1abc eq 1", "Syntax error at column 1: unexpected `1abc`, expected an attribute name, `not` or `(`." },
        { "foo:bar eq 1", "Syntax error at column 1: unexpected `foo:bar`, expected an attribute name, `not` or `(`." },
        { "urn:x: eq 1", "Syntax error at column 1: unexpected `urn:x:`, expected an attribute name, `not` or `(`." },
        { "externalId eq jexample", "Syntax error at column 15: the value `jexample` must be quoted as a JSON string (or be true, false, null or a number)." },
        { "userName eq john@example.com", "Syntax error at column 13: the value `john@example.com` must be quoted as a JSON string (or be true, false, null or a number)." },
        { "userName eq 'x'", "Syntax error at column 13: the value `'x'` must be quoted as a JSON string (or be true, false, null or a number)." },
        { "a eq 01", "Syntax error at column 6: the value `01` must be quoted as a JSON string (or be true, false, null or a number)." },
        { "a eq 1.", "Syntax error at column 6: the value `1.` must be quoted as a JSON string (or be true, false, null or a number)." },
        { "a eq 9223372036854775808", "Syntax error at column 6: the number `9223372036854775808` is out of range." },
        { "a eq 1e400", "Syntax error at column 6: the number `1e400` is out of range." },
        { "a eq (", "Syntax error at column 6: unexpected `(`, expected a comparison value." },
        { "a pr pr", "Syntax error at column 6: unexpected `pr`, expected `and`, `or` or the end of the filter." },
        { "a eq \"x\" and not (b pr", "Syntax error at column 23: unexpected end of input, expected `and`, `or` or `)`." },
        { "a eq \"x\" # comment", "Syntax error at column 10: unexpected `#`, expected `and`, `or` or the end of the filter." },
        { "a eq \"x\" and aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Syntax error at column 63: unexpected end of input, expected a comparison operator, `pr` or `[`." },
        { "a eq \"x\" bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "Syntax error at column 10: unexpected attribute name `bbbbbbbbbbbbbbbbbbbbbbbb…`, expected `and`, `or` or the end of the filter." },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Invalid_filter_is_rejected_with_column_and_expectation(string filter, string message)
    {
        var error = Assert.Throws<ScimException>(() => ScimFilter.Parse(filter));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimErrorType.InvalidFilter, error.ScimType);
        Assert.Equal(message, error.Detail);
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public void TryParse_reports_the_same_message_without_throwing(string filter, string message)
    {
        Assert.False(ScimFilter.TryParse(filter, out var expression, out var error));
        Assert.Null(expression);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Raw_lone_surrogate_in_a_string_is_rejected()
    {
        // Kept out of theory data: xUnit replaces lone surrogates when it serializes test cases.
        var error = Assert.Throws<ScimException>(() => ScimFilter.Parse("userName eq \"a\ud800b\""));

        Assert.Equal("Syntax error at column 15: a string contains a lone surrogate character.", error.Detail);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Empty_filter_is_rejected(string filter)
    {
        var error = Assert.Throws<ScimException>(() => ScimFilter.Parse(filter));

        Assert.Equal("The filter is empty.", error.Detail);
    }

    [Fact]
    public void Null_filter_is_a_programming_error_not_a_client_error()
    {
        Assert.Throws<ArgumentNullException>(() => ScimFilter.Parse(null!));
    }

    [Fact]
    public void Error_never_echoes_a_long_value()
    {
        var secret = new string('s', 5000);
        var error = Assert.Throws<ScimException>(() => ScimFilter.Parse($"userName eq {secret}"));

        Assert.True(error.Detail.Length < 200, error.Detail);
    }

    [Fact]
    public void Error_never_echoes_the_contents_of_a_string_literal()
    {
        var error = Assert.Throws<ScimException>(() => ScimFilter.Parse("password \"hunter2\""));

        Assert.DoesNotContain("hunter2", error.Detail, StringComparison.Ordinal);
    }
}
