using System.Runtime.CompilerServices;
using Superpower;
using Superpower.Model;

namespace Scim.Filter.Parsing;

/// <summary>
/// The filter tokenizer. It is permissive: any run of characters that is not whitespace, a bracket, a parenthesis
/// or a quote becomes one word token (a keyword, an attribute path, a number, or <see cref="FilterToken.Unrecognized"/>),
/// so that the parser, which knows what it expected, reports the error. Only malformed string literals are
/// tokenization errors. Positions are 0-based character offsets; the whole filter counts as line 1.
/// </summary>
/// <remarks>
/// The Superpower <see cref="Tokenizer{TKind}"/> surface and <see cref="TryTokenize(string, out Token{FilterToken}[], out FilterSyntaxError)"/>
/// share <see cref="ScanToken"/>; the latter writes the tokens straight into an array (the parser's comes from
/// <see cref="TokenArrayPool"/>) instead of going through an iterator and a list.
/// </remarks>
internal sealed class FilterTokenizer : Tokenizer<FilterToken>
{
    /// <summary>The shared, stateless instance.</summary>
    public static FilterTokenizer Instance { get; } = new();

    /// <summary>Tokenizes <paramref name="source"/> into an exactly sized token array, without limits.</summary>
    public static bool TryTokenize(string source, out Token<FilterToken>[] tokens, out FilterSyntaxError error)
    {
        var unlimited = FilterComplexityLimits.Unlimited;
        if (!TryTokenize(source, ref unlimited, pooled: false, out tokens, out var count, out _, out error))
        {
            return false;
        }

        if (count != tokens.Length)
        {
            tokens = tokens[..count];
        }

        return true;
    }

    /// <summary>
    /// Tokenizes <paramref name="source"/> into the first <paramref name="count"/> elements of
    /// <paramref name="tokens"/>, admitting each token through <paramref name="limits"/>. On failure either
    /// <paramref name="limitError"/> (a limit) or <paramref name="syntaxError"/> (a malformed string) is set. With
    /// <paramref name="pooled"/> the array comes from <see cref="TokenArrayPool"/> and, on success, the caller gives
    /// it back when the parse is done (on failure it is already back).
    /// </summary>
    public static bool TryTokenize(
        string source,
        ref FilterComplexityLimits limits,
        bool pooled,
        out Token<FilterToken>[] tokens,
        out int count,
        out string? limitError,
        out FilterSyntaxError syntaxError)
    {
        limitError = null;
        syntaxError = default;
        var buffer = pooled ? TokenArrayPool.Rent() : new Token<FilterToken>[TokenArrayPool.InitialLength];
        var written = 0;
        var position = SkipWhiteSpace(source, 0);
        while (position < source.Length)
        {
            var kind = ScanToken(source, position, out var length, out syntaxError);
            if (kind != FilterToken.None)
            {
                kind = limits.Admit(kind, position, out limitError);
            }

            if (kind == FilterToken.None)
            {
                if (pooled)
                {
                    TokenArrayPool.Return(buffer, written);
                }

                tokens = [];
                count = 0;
                return false;
            }

            if (written == buffer.Length)
            {
                buffer = TokenArrayPool.Grow(buffer, written);
            }

            buffer[written++] = new Token<FilterToken>(kind, SpanAt(source, position, length));
            position = SkipWhiteSpace(source, position + length);
        }

        tokens = buffer;
        count = written;
        return true;
    }

    /// <inheritdoc />
    protected override IEnumerable<Result<FilterToken>> Tokenize(TextSpan span)
    {
        var source = span.Source ?? string.Empty;
        var end = span.Position.Absolute + span.Length;
        if (end != source.Length)
        {
            source = source[..end];
        }

        var position = SkipWhiteSpace(source, span.Position.Absolute);
        while (position < source.Length)
        {
            var kind = ScanToken(source, position, out var length, out var error);
            if (kind == FilterToken.None)
            {
                yield return Result.Empty<FilterToken>(SpanAt(source, error.Offset, source.Length - error.Offset), error.Message);
                yield break;
            }

            yield return Result.Value(kind, SpanAt(source, position, length), SpanAt(source, position + length, source.Length - position - length));
            position = SkipWhiteSpace(source, position + length);
        }
    }

    /// <summary>
    /// Scans the token that starts at <paramref name="position"/> (not whitespace). Returns its kind and length,
    /// or <see cref="FilterToken.None"/> and the error.
    /// </summary>
    internal static FilterToken ScanToken(string source, int position, out int length, out FilterSyntaxError error)
    {
        error = default;
        length = 1;
        switch (source[position])
        {
            case '(': return FilterToken.LParen;
            case ')': return FilterToken.RParen;
            case '[': return FilterToken.LBracket;
            case ']': return FilterToken.RBracket;
            case '.': return FilterToken.Period;
            case '"':
                return JsonStringSyntax.TryScan(source, position, source.Length, out length, out error)
                    ? FilterToken.String
                    : FilterToken.None;
        }

        // One pass finds the end of the word and whether it is a plain name (letters, digits, '-', '_' after a
        // letter), which is most words; only the others need the full classification.
        var first = source[position];
        var plainName = char.IsAsciiLetter(first);
        var end = position + 1;
        while (end < source.Length)
        {
            var c = source[end];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                end++;
                continue;
            }

            if (!IsWordChar(c))
            {
                break;
            }

            plainName = false;
            end++;
        }

        length = end - position;
        var word = source.AsSpan(position, length);
        if (plainName)
        {
            var keyword = length <= 5 ? KeywordOf(word) : FilterToken.None;
            return keyword == FilterToken.None ? FilterToken.AttributePath : keyword;
        }

        return ClassifyWord(word);
    }

    private static FilterToken ClassifyWord(ReadOnlySpan<char> word)
    {
        var first = word[0];
        if (char.IsAsciiDigit(first) || first == '-')
        {
            return JsonNumberSyntax.IsNumber(word) ? FilterToken.Number : FilterToken.Unrecognized;
        }

        var keyword = KeywordOf(word);
        if (keyword != FilterToken.None)
        {
            return keyword;
        }

        return AttributeNameSyntax.TrySplitPath(word, out _, out _, out _) ? FilterToken.AttributePath : FilterToken.Unrecognized;
    }

    private static FilterToken KeywordOf(ReadOnlySpan<char> word)
    {
        switch (word.Length)
        {
            case 2:
                var pair = (char.ToLowerInvariant(word[0]) << 16) | char.ToLowerInvariant(word[1]);
                return pair switch
                {
                    ('e' << 16) | 'q' => FilterToken.Eq,
                    ('n' << 16) | 'e' => FilterToken.Ne,
                    ('c' << 16) | 'o' => FilterToken.Co,
                    ('s' << 16) | 'w' => FilterToken.Sw,
                    ('e' << 16) | 'w' => FilterToken.Ew,
                    ('g' << 16) | 't' => FilterToken.Gt,
                    ('g' << 16) | 'e' => FilterToken.Ge,
                    ('l' << 16) | 't' => FilterToken.Lt,
                    ('l' << 16) | 'e' => FilterToken.Le,
                    ('p' << 16) | 'r' => FilterToken.Pr,
                    ('o' << 16) | 'r' => FilterToken.Or,
                    _ => FilterToken.None,
                };
            case 3:
                return word.Equals("and", StringComparison.OrdinalIgnoreCase) ? FilterToken.And
                    : word.Equals("not", StringComparison.OrdinalIgnoreCase) ? FilterToken.Not
                    : FilterToken.None;
            case 4:
                return word.Equals("true", StringComparison.OrdinalIgnoreCase) ? FilterToken.True
                    : word.Equals("null", StringComparison.OrdinalIgnoreCase) ? FilterToken.Null
                    : FilterToken.None;
            case 5:
                return word.Equals("false", StringComparison.OrdinalIgnoreCase) ? FilterToken.False : FilterToken.None;
            default:
                return FilterToken.None;
        }
    }

    private static bool IsWordChar(char c) => c is not ('(' or ')' or '[' or ']' or '"') && !char.IsWhiteSpace(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipWhiteSpace(string source, int position)
    {
        while (position < source.Length)
        {
            var c = source[position];
            if (c != ' ' && (c > ' ' && c < '\u0085' || !char.IsWhiteSpace(c)))
            {
                break;
            }

            position++;
        }

        return position;
    }

    private static TextSpan SpanAt(string source, int position, int length) =>
        new(source, new Position(position, 1, position + 1), length);
}
