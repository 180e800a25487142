using System.Globalization;
using System.Runtime.CompilerServices;
using Superpower.Model;

namespace Scim.Filter.Parsing;

/// <summary>
/// The one implementation behind <see cref="ScimFilter.Parse"/>/<see cref="ScimFilter.TryParse"/> and
/// <see cref="ScimPath.Parse"/>/<see cref="ScimPath.TryParse"/>: length check, tokenization, limits on the token
/// list, then the token parsers, and error messages that say where (1-based column) and what was expected.
/// </summary>
internal static class FilterParser
{
    private static readonly string[] EndOfFilterExpectations = ["`and`, `or` or the end of the filter"];
    private static readonly string[] EndOfPathExpectations = ["the end of the path"];

    /// <summary>Parses a filter.</summary>
    public static bool TryParseFilter(string filter, FilterParseOptions options, out FilterExpression? expression, out string? error)
    {
        expression = null;
        if (!TryPrepare(filter, options.MaxLength, options, "filter", out var buffer, out var count, out error))
        {
            return false;
        }

        try
        {
            var tokens = buffer.AsSpan(0, count);
            var grammar = new FilterGrammar(tokens);
            var parsed = grammar.ParseFilter();
            if (parsed is null)
            {
                error = ErrorOf(filter, tokens, grammar.FailureIndex, grammar.FailureMessage, grammar.FailureExpectations);
                return false;
            }

            if (!grammar.IsAtEnd)
            {
                error = ErrorOf(filter, tokens, grammar.Position, null, EndOfFilterExpectations);
                return false;
            }

            expression = parsed;
            return true;
        }
        finally
        {
            TokenArrayPool.Return(buffer, count);
        }
    }

    /// <summary>Parses an attribute path.</summary>
    public static bool TryParsePath(string path, FilterParseOptions options, out ScimPath? result, out string? error)
    {
        result = null;
        if (!TryPrepare(path, options.MaxPathLength, options, "path", out var buffer, out var count, out error))
        {
            return false;
        }

        try
        {
            var tokens = buffer.AsSpan(0, count);
            var grammar = new FilterGrammar(tokens);
            var parsed = grammar.ParsePath();
            if (parsed is null)
            {
                error = ErrorOf(path, tokens, grammar.FailureIndex, grammar.FailureMessage, grammar.FailureExpectations);
                return false;
            }

            if (!grammar.IsAtEnd)
            {
                error = ErrorOf(path, tokens, grammar.Position, null, EndOfPathExpectations);
                return false;
            }

            result = parsed;
            return true;
        }
        finally
        {
            TokenArrayPool.Return(buffer, count);
        }
    }

    /// <summary>Describes a token for an "unexpected ..." message without echoing more than a short excerpt
    /// (and never the contents of a string literal).</summary>
    internal static string Describe(Token<FilterToken> token)
    {
        var span = token.Span;
        var text = span.Source.AsSpan(span.Position.Absolute, span.Length);
        return token.Kind switch
        {
            FilterToken.String => "string",
            FilterToken.Number => "number " + Excerpt.Of(text),
            FilterToken.AttributePath => "attribute name " + Excerpt.Of(text),
            FilterToken.UnquotedString or FilterToken.Unrecognized => Excerpt.Of(text),
            _ => Excerpt.Of(text),
        };
    }

    /// <summary>Checks the length and tokenizes under the limits into the first <paramref name="count"/> tokens of a
    /// pooled array, which the caller returns when this succeeds.</summary>
    [SkipLocalsInit]
    private static bool TryPrepare(
        string text, int maxLength, FilterParseOptions options, string subject, out Token<FilterToken>[] tokens, out int count, out string? error)
    {
        tokens = [];
        count = 0;
        if (text.Length > maxLength)
        {
            error = string.Create(CultureInfo.InvariantCulture,
                $"The {subject} is {text.Length} characters long; at most {maxLength} are allowed.");
            return false;
        }

        Span<bool> negatedGroups = stackalloc bool[options.MaxNestingDepth + 1];
        var limits = new FilterComplexityLimits(options, subject, negatedGroups);
        if (!FilterTokenizer.TryTokenize(text, ref limits, pooled: true, out tokens, out count, out error, out var syntaxError))
        {
            error ??= syntaxError.Format();
            return false;
        }

        if (count == 0)
        {
            TokenArrayPool.Return(tokens, 0);
            error = string.Create(CultureInfo.InvariantCulture, $"The {subject} is empty.");
            return false;
        }

        return true;
    }

    private static string ErrorOf(string source, ReadOnlySpan<Token<FilterToken>> tokens, int index, string? message, string[]? expectations)
    {
        var atEnd = index >= tokens.Length;
        var offset = atEnd ? source.Length : tokens[index].Span.Position.Absolute;
        if (message is not null)
        {
            return new FilterSyntaxError(offset, message).Format();
        }

        var unexpected = atEnd ? "end of input" : Describe(tokens[index]);
        var expected = expectations is { Length: > 0 } ? ", expected " + JoinAlternatives(expectations) : string.Empty;
        return new FilterSyntaxError(offset, "unexpected " + unexpected + expected).Format();
    }

    private static string JoinAlternatives(string[] alternatives) => alternatives.Length switch
    {
        1 => alternatives[0],
        _ => string.Join(", ", alternatives, 0, alternatives.Length - 1) + " or " + alternatives[^1],
    };
}
