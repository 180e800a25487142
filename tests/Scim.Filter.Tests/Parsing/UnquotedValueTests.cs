using Scim.Schema;

namespace Scim.Filter.Tests.Parsing;

public sealed class UnquotedValueTests
{
    private static readonly FilterParseOptions Lenient = new() { AllowUnquotedStrings = true };

    [Fact]
    public void Unquoted_value_is_rejected_by_default_with_a_message_that_says_to_quote_it()
    {
        var error = Assert.Throws<ScimException>(() => ScimFilter.Parse("externalId eq jexample"));

        Assert.Equal(ScimErrorType.InvalidFilter, error.ScimType);
        Assert.Contains("must be quoted", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("externalId eq jexample", "externalId eq \"jexample\"")]
    [InlineData("userName eq john@example.com", "userName eq \"john@example.com\"")]
    [InlineData("userName eq Bjensen and active eq true", "userName eq \"Bjensen\" and active eq true")]
    [InlineData("emails[type eq work].value eq x@y.z", "emails[type eq \"work\" and value eq \"x@y.z\"]")]
    [InlineData("id eq 2819c223-7f76-453a", "id eq \"2819c223-7f76-453a\"")]
    public void Unquoted_value_reads_as_a_string_when_allowed(string filter, string canonical)
    {
        var parsed = ScimFilter.Parse(filter, Lenient);

        Assert.Equal(canonical, parsed.ToString());
        Assert.Equal(parsed, ScimFilter.Parse(canonical));
    }

    [Theory]
    [InlineData("active eq true", FilterLiteralKind.Boolean)]
    [InlineData("manager eq null", FilterLiteralKind.Null)]
    [InlineData("age eq 42", FilterLiteralKind.Integer)]
    [InlineData("name eq \"quoted\"", FilterLiteralKind.String)]
    public void Keywords_numbers_and_quoted_strings_keep_their_meaning_when_unquoted_values_are_allowed(string filter, FilterLiteralKind kind)
    {
        Assert.Equal(kind, Assert.IsType<ComparisonExpression>(ScimFilter.Parse(filter, Lenient)).Value.Kind);
    }

    [Theory]
    [InlineData("userName eq and")]
    [InlineData("userName eq pr")]
    [InlineData("userName eq")]
    [InlineData("jexample")]
    [InlineData("userName pr jexample")]
    public void Operators_and_misplaced_bare_words_stay_errors_when_unquoted_values_are_allowed(string filter)
    {
        Assert.False(ScimFilter.TryParse(filter, out _, out _, Lenient));
    }

    [Fact]
    public void Unquoted_value_with_a_lone_surrogate_is_rejected()
    {
        Assert.False(ScimFilter.TryParse("userName eq a\ud800", out _, out var error, Lenient));
        Assert.Equal("Syntax error at column 13: an unquoted value contains a lone surrogate character.", error);
    }
}
