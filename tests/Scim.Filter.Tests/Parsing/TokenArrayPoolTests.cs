using Scim.Filter.Parsing;
using Superpower.Model;

namespace Scim.Filter.Tests.Parsing;

public sealed class TokenArrayPoolTests
{
    private static readonly Token<FilterToken> SomeToken = new(FilterToken.AttributePath, new TextSpan("userName"));

    [Fact]
    public void A_rented_array_has_exactly_the_requested_length()
    {
        foreach (var length in new[] { 1, 3, 64, 512, 513, 2000 })
        {
            Assert.Equal(length, TokenArrayPool.Rent(length).Length);
        }
    }

    [Fact]
    public void A_returned_array_is_cleared_and_handed_out_again_for_the_same_length()
    {
        var array = TokenArrayPool.Rent(7);
        Array.Fill(array, SomeToken);
        TokenArrayPool.Return(array);

        var again = TokenArrayPool.Rent(7);

        Assert.Same(array, again);
        Assert.All(again, token => Assert.Null(token.Span.Source));
    }

    [Fact]
    public void An_array_still_rented_is_never_handed_out_twice()
    {
        var first = TokenArrayPool.Rent(5);
        TokenArrayPool.Return(first);

        var outer = TokenArrayPool.Rent(5);
        var nested = TokenArrayPool.Rent(5);

        Assert.NotSame(outer, nested);
    }

    [Fact]
    public void Arrays_longer_than_the_pooled_limit_are_not_kept()
    {
        var large = TokenArrayPool.Rent(513);
        TokenArrayPool.Return(large);

        Assert.NotSame(large, TokenArrayPool.Rent(513));
    }

    [Fact]
    public void A_full_pool_replaces_an_old_array_and_keeps_serving_exact_lengths()
    {
        var arrays = Enumerable.Range(10, 20).Select(TokenArrayPool.Rent).ToArray();
        foreach (var array in arrays)
        {
            TokenArrayPool.Return(array);
        }

        Assert.Same(arrays[^1], TokenArrayPool.Rent(29));
        Assert.Same(arrays[^8], TokenArrayPool.Rent(22));
        Assert.All(Enumerable.Range(10, 20), length => Assert.Equal(length, TokenArrayPool.Rent(length).Length));
    }

    [Fact]
    public void Parsing_many_filters_of_the_same_shape_on_one_thread_gives_independent_trees()
    {
        var first = ScimFilter.Parse("userName eq \"first\"");
        var second = ScimFilter.Parse("userName eq \"other\"");

        Assert.Equal("userName eq \"first\"", first.ToString());
        Assert.Equal("userName eq \"other\"", second.ToString());
    }
}
