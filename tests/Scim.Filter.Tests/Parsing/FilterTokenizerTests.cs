using Scim.Filter.Parsing;

namespace Scim.Filter.Tests.Parsing;

public sealed class FilterTokenizerTests
{
    [Theory]
    [InlineData("userName eq \"bjensen\"", "AttributePath Eq String")]
    [InlineData("emails[type eq \"work\"].value pr", "AttributePath LBracket AttributePath Eq String RBracket Period AttributePath Pr")]
    [InlineData("not(a pr)", "Not LParen AttributePath Pr RParen")]
    [InlineData("a eq -1.5e3 or b eq TRUE and c ne null", "AttributePath Eq Number Or AttributePath Eq True And AttributePath Ne Null")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:name.givenName sw \"J\"", "AttributePath Sw String")]
    [InlineData("x@y #", "Unrecognized Unrecognized")]
    [InlineData("", "")]
    public void Tokenizer_classifies_words_keywords_and_punctuation(string filter, string expected)
    {
        Assert.True(FilterTokenizer.TryTokenize(filter, out var tokens, out _));

        Assert.Equal(expected, string.Join(" ", tokens.Select(token => token.Kind)));
    }

    [Theory]
    [InlineData("userName eq \"bjensen\"")]
    [InlineData("emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\"]")]
    [InlineData("  not ( a pr )  ")]
    [InlineData("a eq \"\\u0041\\n\" and b gt 1e5")]
    [InlineData("weird ` ~ words")]
    public void Superpower_tokenizer_and_the_pooled_fast_path_produce_the_same_tokens(string filter)
    {
        var viaSuperpower = FilterTokenizer.Instance.Tokenize(filter);
        Assert.True(FilterTokenizer.TryTokenize(filter, out var viaFastPath, out _));

        Assert.Equal(
            viaSuperpower.Select(token => (token.Kind, token.Span.Position.Absolute, token.Span.Length)),
            viaFastPath.Select(token => (token.Kind, token.Span.Position.Absolute, token.Span.Length)));
    }

    [Fact]
    public void Superpower_tokenizer_reports_string_errors_at_their_position()
    {
        var result = FilterTokenizer.Instance.TryTokenize("a eq \"x\\q\"");

        Assert.False(result.HasValue);
        Assert.Equal(8, result.Location.Position.Column);
        Assert.Contains("invalid escape sequence", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Tokens_carry_one_based_columns_equal_to_their_offset_plus_one()
    {
        Assert.True(FilterTokenizer.TryTokenize("a  eq 1", out var tokens, out _));

        Assert.Equal([1, 4, 7], tokens.Select(token => token.Span.Position.Column));
    }
}
