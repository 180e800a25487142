using System.Globalization;
using Superpower.Model;

namespace Scim.Filter.Parsing;

/// <summary>
/// Checks nesting depth and the number of comparisons on the flat token list, before any recursive parsing, so
/// that the recursive descent only ever sees bounded input. Also marks bare words in value position as unquoted
/// strings when <see cref="FilterParseOptions.AllowUnquotedStrings"/> is on.
/// </summary>
internal static class FilterComplexityLimits
{
    /// <summary>Checks <paramref name="tokens"/> against the limits of <paramref name="options"/>.</summary>
    /// <param name="tokens">The tokens, possibly rewritten in place (unquoted strings).</param>
    /// <param name="options">The limits.</param>
    /// <param name="subject">"filter" or "path", for the message.</param>
    /// <param name="error">The message when a limit is exceeded.</param>
    public static bool TryCheck(Token<FilterToken>[] tokens, FilterParseOptions options, string subject, out string? error)
    {
        var maxDepth = options.MaxNestingDepth;
        Span<bool> negatedGroups = stackalloc bool[maxDepth + 1];
        var openGroups = 0;
        var depth = 0;
        var comparisons = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var kind = tokens[i].Kind;
            switch (kind)
            {
                case FilterToken.LParen or FilterToken.LBracket:
                    var negated = kind == FilterToken.LParen && i > 0 && tokens[i - 1].Kind == FilterToken.Not;
                    depth += negated ? 2 : 1;
                    if (depth > maxDepth)
                    {
                        error = string.Create(CultureInfo.InvariantCulture,
                            $"The {subject} nests deeper than {maxDepth} levels (at column {tokens[i].Span.Position.Absolute + 1}).");
                        return false;
                    }

                    negatedGroups[openGroups++] = negated;
                    break;
                case FilterToken.RParen or FilterToken.RBracket:
                    if (openGroups > 0)
                    {
                        depth -= negatedGroups[--openGroups] ? 2 : 1;
                    }

                    break;
                case >= FilterToken.Eq and <= FilterToken.Pr:
                    if (++comparisons > options.MaxComparisons)
                    {
                        error = string.Create(CultureInfo.InvariantCulture,
                            $"The {subject} has more than {options.MaxComparisons} comparisons (at column {tokens[i].Span.Position.Absolute + 1}).");
                        return false;
                    }

                    if (options.AllowUnquotedStrings && kind != FilterToken.Pr && i + 1 < tokens.Length
                        && tokens[i + 1].Kind is FilterToken.AttributePath or FilterToken.Unrecognized)
                    {
                        tokens[i + 1] = new Token<FilterToken>(FilterToken.UnquotedString, tokens[i + 1].Span);
                    }

                    break;
            }
        }

        error = null;
        return true;
    }
}
