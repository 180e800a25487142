using Scim.Filter.Parsing;
using Superpower.Model;

namespace Scim.Filter.Tests.Parsing;

public sealed class TokenArrayPoolTests
{
    private static readonly Token<FilterToken> SomeToken = new(FilterToken.AttributePath, new TextSpan("userName"));

    [Fact]
    public void A_new_array_has_room_for_a_typical_filter()
    {
        var array = TokenArrayPool.Rent();

        Assert.True(array.Length >= TokenArrayPool.InitialLength);
    }

    [Fact]
    public void A_returned_array_has_its_used_tokens_cleared_and_is_handed_out_again()
    {
        var array = TokenArrayPool.Rent();
        array.AsSpan(0, 5).Fill(SomeToken);
        TokenArrayPool.Return(array, 5);

        var again = TokenArrayPool.Rent();

        Assert.Same(array, again);
        Assert.All(again, token => Assert.Null(token.Span.Source));
    }

    [Fact]
    public void An_array_still_rented_is_never_handed_out_twice()
    {
        var outer = TokenArrayPool.Rent();
        var nested = TokenArrayPool.Rent();

        Assert.NotSame(outer, nested);
        TokenArrayPool.Return(nested, 0);
        TokenArrayPool.Return(outer, 0);
    }

    [Fact]
    public void Growing_doubles_the_length_and_keeps_the_tokens_written_so_far()
    {
        var array = new Token<FilterToken>[TokenArrayPool.InitialLength];
        array.AsSpan().Fill(SomeToken);

        var larger = TokenArrayPool.Grow(array, array.Length);

        Assert.Equal(2 * array.Length, larger.Length);
        Assert.All(larger.AsSpan(0, array.Length).ToArray(), token => Assert.Equal(SomeToken, token));
        Assert.All(larger.AsSpan(array.Length).ToArray(), token => Assert.Null(token.Span.Source));
    }

    [Fact]
    public void Arrays_longer_than_the_pooled_limit_are_not_kept()
    {
        var large = new Token<FilterToken>[TokenArrayPool.MaxPooledLength + 1];
        TokenArrayPool.Return(large, 0);

        Assert.NotSame(large, TokenArrayPool.Rent());
    }

    [Fact]
    public void The_longer_of_two_returned_arrays_is_kept()
    {
        _ = TokenArrayPool.Rent(); // empties this thread's slot, whatever earlier tests left in it
        var small = new Token<FilterToken>[TokenArrayPool.InitialLength];
        var longer = new Token<FilterToken>[4 * TokenArrayPool.InitialLength];
        TokenArrayPool.Return(longer, 0);
        TokenArrayPool.Return(small, 0);

        Assert.Same(longer, TokenArrayPool.Rent());
    }

    [Fact]
    public void A_filter_longer_than_the_initial_array_parses_and_its_array_is_reused()
    {
        var text = string.Join(" or ", Enumerable.Range(0, 12).Select(i => $"a{i} eq {i}"));

        var first = ScimFilter.Parse(text);
        var second = ScimFilter.Parse(text);

        Assert.Equal(first, second);
        Assert.Equal(text, first.ToString());
        Assert.True(TokenArrayPool.Rent().Length >= 12 * 4 - 1);
    }

    [Fact]
    public void Parsing_many_filters_of_the_same_shape_on_one_thread_gives_independent_trees()
    {
        var first = ScimFilter.Parse("userName eq \"first\"");
        var second = ScimFilter.Parse("userName eq \"other\"");

        Assert.Equal("userName eq \"first\"", first.ToString());
        Assert.Equal("userName eq \"other\"", second.ToString());
    }

    [Fact]
    public void A_failed_tokenization_gives_the_array_back_cleared()
    {
        Assert.False(ScimFilter.TryParse("userName eq \"unterminated", out _, out _));

        var array = TokenArrayPool.Rent();
        Assert.All(array, token => Assert.Null(token.Span.Source));
        TokenArrayPool.Return(array, 0);
    }
}
