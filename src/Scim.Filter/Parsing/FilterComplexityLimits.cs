using System.Globalization;
using System.Runtime.CompilerServices;

namespace Scim.Filter.Parsing;

/// <summary>
/// Counts nesting depth and comparisons token by token while the tokenizer runs, before any recursive parsing, so
/// that a hostile filter is rejected at the first token over a limit and the recursive descent only ever sees
/// bounded input. Each open parenthesis or bracket is one level, and a <c>not</c> directly before a parenthesis one
/// more. Also marks bare words after a comparison operator as unquoted strings when
/// <see cref="FilterParseOptions.AllowUnquotedStrings"/> is on.
/// </summary>
internal ref struct FilterComplexityLimits
{
    private readonly Span<bool> _negatedGroups;
    private readonly int _maxDepth;
    private readonly int _maxComparisons;
    private readonly bool _allowUnquotedStrings;
    private readonly string _subject;
    private readonly bool _enforced;
    private int _openGroups;
    private int _depth;
    private int _comparisons;
    private FilterToken _previous;

    /// <summary>Creates a counter; <paramref name="negatedGroups"/> needs <c>MaxNestingDepth + 1</c> elements.</summary>
    public FilterComplexityLimits(FilterParseOptions options, string subject, Span<bool> negatedGroups)
    {
        _negatedGroups = negatedGroups;
        _maxDepth = options.MaxNestingDepth;
        _maxComparisons = options.MaxComparisons;
        _allowUnquotedStrings = options.AllowUnquotedStrings;
        _subject = subject;
        _enforced = true;
    }

    /// <summary>A counter that enforces nothing and rewrites nothing (for tools that only tokenize).</summary>
    public static FilterComplexityLimits Unlimited => default;

    /// <summary>Admits the next token: returns its (possibly reclassified) kind, or <see cref="FilterToken.None"/> and
    /// the message when it exceeds a limit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FilterToken Admit(FilterToken kind, int offset, out string? error)
    {
        error = null;
        if (!_enforced)
        {
            return kind;
        }

        switch (kind)
        {
            case FilterToken.LParen or FilterToken.LBracket:
                var negated = kind == FilterToken.LParen && _previous == FilterToken.Not;
                _depth += negated ? 2 : 1;
                if (_depth > _maxDepth)
                {
                    error = TooDeep(_subject, _maxDepth, offset);
                    return FilterToken.None;
                }

                _negatedGroups[_openGroups++] = negated;
                break;
            case FilterToken.RParen or FilterToken.RBracket:
                if (_openGroups > 0)
                {
                    _depth -= _negatedGroups[--_openGroups] ? 2 : 1;
                }

                break;
            case >= FilterToken.Eq and <= FilterToken.Pr:
                if (++_comparisons > _maxComparisons)
                {
                    error = TooManyComparisons(_subject, _maxComparisons, offset);
                    return FilterToken.None;
                }

                break;
            case FilterToken.AttributePath or FilterToken.Unrecognized
                when _allowUnquotedStrings && _previous is >= FilterToken.Eq and <= FilterToken.Le:
                kind = FilterToken.UnquotedString;
                break;
        }

        _previous = kind;
        return kind;
    }

    // The messages are built out of line so that Admit, which runs for every token, stays small enough to inline.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string TooDeep(string subject, int maxDepth, int offset) => string.Create(CultureInfo.InvariantCulture,
        $"The {subject} nests deeper than {maxDepth} levels (at column {offset + 1}).");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string TooManyComparisons(string subject, int maxComparisons, int offset) => string.Create(CultureInfo.InvariantCulture,
        $"The {subject} has more than {maxComparisons} comparisons (at column {offset + 1}).");
}
