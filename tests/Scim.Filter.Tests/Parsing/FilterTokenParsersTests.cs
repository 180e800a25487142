using Scim.Filter.Parsing;
using Superpower.Model;

namespace Scim.Filter.Tests.Parsing;

/// <summary>The Superpower token-list parser surface agrees with <see cref="ScimFilter"/> and reports failures at the
/// same token, including when the token list does not start at its first token.</summary>
public sealed class FilterTokenParsersTests
{
    [Theory]
    [InlineData("userName eq \"bjensen\"")]
    [InlineData("emails[type eq \"work\"].value eq \"b@example.com\" or not (active eq false) and meta.version pr")]
    [InlineData("a eq 1 and (b gt 2.5 or c sw \"x\")")]
    public void A_filter_parses_to_the_same_tree_and_consumes_every_token(string text)
    {
        var result = FilterTokenParsers.Filter(TokensOf(text));

        Assert.True(result.HasValue);
        Assert.True(result.Remainder.IsAtEnd);
        Assert.Equal(ScimFilter.Parse(text), result.Value);
    }

    [Fact]
    public void A_filter_stops_before_a_token_it_cannot_continue_with()
    {
        var result = FilterTokenParsers.Filter(TokensOf("a eq 1 ) b"));

        Assert.True(result.HasValue);
        Assert.Equal(3, result.Remainder.Position);
        Assert.Equal(FilterToken.RParen, result.Remainder.ConsumeToken().Value.Kind);
    }

    [Theory]
    [InlineData("a eq 1 and", 4, "`not`")]
    [InlineData("a eq", 2, "comparison value")]
    [InlineData("not a eq 1", 1, "`(`")]
    [InlineData("emails[type eq \"work\"", 5, "`]`")]
    public void A_failure_points_at_the_offending_token_with_what_was_expected(string text, int position, string expected)
    {
        var result = FilterTokenParsers.Filter(TokensOf(text));

        Assert.False(result.HasValue);
        Assert.Equal(position, result.Remainder.Position);
        Assert.Contains(result.Expectations!, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_specific_message_is_reported_as_the_error_message()
    {
        var result = FilterTokenParsers.Filter(TokensOf("a eq bare"));

        Assert.False(result.HasValue);
        Assert.Equal(2, result.Remainder.Position);
        Assert.Contains("must be quoted", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Parsing_from_the_middle_of_a_token_list_counts_positions_in_the_whole_list()
    {
        var list = TokensOf("( a eq 1 and b pr )").ConsumeToken().Remainder;

        var result = FilterTokenParsers.Filter(list);

        Assert.True(result.HasValue);
        Assert.Equal(7, result.Remainder.Position);
        Assert.Equal(ScimFilter.Parse("a eq 1 and b pr"), result.Value);

        var failed = FilterTokenParsers.Filter(TokensOf("( a eq").ConsumeToken().Remainder);
        Assert.False(failed.HasValue);
        Assert.Equal(3, failed.Remainder.Position);
    }

    [Theory]
    [InlineData("emails[type eq \"work\"].value", "emails", "value")]
    [InlineData("name.givenName", "name.givenName", null)]
    public void A_path_parses_like_ScimPath(string text, string attribute, string? subAttribute)
    {
        var result = FilterTokenParsers.Path(TokensOf(text));

        Assert.True(result.HasValue);
        Assert.True(result.Remainder.IsAtEnd);
        Assert.Equal(ScimPath.Parse(text), result.Value);
        Assert.Equal(attribute, result.Value.Attribute.ToString());
        Assert.Equal(subAttribute, result.Value.SubAttribute);
    }

    [Fact]
    public void A_path_that_is_not_an_attribute_name_fails_at_its_first_token()
    {
        var result = FilterTokenParsers.Path(TokensOf("( a"));

        Assert.False(result.HasValue);
        Assert.Equal(0, result.Remainder.Position);
        Assert.Contains(result.Expectations!, e => e.Contains("attribute name", StringComparison.Ordinal));
    }

    private static TokenList<FilterToken> TokensOf(string text)
    {
        Assert.True(FilterTokenizer.TryTokenize(text, out var tokens, out _));
        return new TokenList<FilterToken>(tokens);
    }
}
