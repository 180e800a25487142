using Superpower;
using Superpower.Model;

namespace Scim.Filter.Parsing;

/// <summary>Combinators Superpower does not ship, written so that they allocate nothing per parse.</summary>
internal static class TokenListParserExtensions
{
    /// <summary>Runs <paramref name="parser"/>, then requires <paramref name="terminator"/>, keeping the first value.</summary>
    public static TokenListParser<TKind, T> FollowedBy<TKind, T, TTerminator>(
        this TokenListParser<TKind, T> parser,
        TokenListParser<TKind, TTerminator> terminator) =>
        input =>
        {
            var result = parser(input);
            if (!result.HasValue)
            {
                return result;
            }

            var end = terminator(result.Remainder);
            return end.HasValue
                ? TokenListParserResult.Value(result.Value, input, end.Remainder)
                : TokenListParserResult.CastEmpty<TKind, TTerminator, T>(end);
        };
}
