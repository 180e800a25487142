using Superpower;
using Superpower.Model;

namespace Scim.Filter.Parsing;

/// <summary>
/// The filter and path grammars as Superpower token-list parsers, for composing them into other Superpower grammars
/// and for tests that drive them with a <see cref="TokenList{TKind}"/>. Both run <see cref="FilterGrammar"/> over the
/// remaining tokens and report success or failure with Superpower's remainder and expectations, so that a failure
/// points at the same token as <see cref="ScimFilter.Parse"/> does.
/// </summary>
internal static class FilterTokenParsers
{
    /// <summary>A filter. The caller checks that the whole token list was consumed.</summary>
    public static readonly TokenListParser<FilterToken, FilterExpression> Filter = ParseFilter;

    /// <summary>An attribute path as PATCH, sorting and projection use it. The caller checks for the end of input.</summary>
    public static readonly TokenListParser<FilterToken, ScimPath> Path = ParsePath;

    private static TokenListParserResult<FilterToken, FilterExpression> ParseFilter(TokenList<FilterToken> input)
    {
        var grammar = new FilterGrammar(Remaining(input));
        var value = grammar.ParseFilter();
        return value is null
            ? Failure<FilterExpression>(input, grammar)
            : TokenListParserResult.Value(value, input, Advance(input, grammar.Position));
    }

    private static TokenListParserResult<FilterToken, ScimPath> ParsePath(TokenList<FilterToken> input)
    {
        var grammar = new FilterGrammar(Remaining(input));
        var value = grammar.ParsePath();
        return value is null
            ? Failure<ScimPath>(input, grammar)
            : TokenListParserResult.Value(value, input, Advance(input, grammar.Position));
    }

    private static TokenListParserResult<FilterToken, T> Failure<T>(TokenList<FilterToken> input, FilterGrammar grammar)
    {
        var at = Advance(input, grammar.FailureIndex);
        return grammar.FailureMessage is { } message
            ? TokenListParserResult.Empty<FilterToken, T>(at, message)
            : TokenListParserResult.Empty<FilterToken, T>(at, grammar.FailureExpectations!);
    }

    private static Token<FilterToken>[] Remaining(TokenList<FilterToken> input) => input.ToArray();

    private static TokenList<FilterToken> Advance(TokenList<FilterToken> input, int count)
    {
        for (var i = 0; i < count && !input.IsAtEnd; i++)
        {
            input = input.ConsumeToken().Remainder;
        }

        return input;
    }
}
