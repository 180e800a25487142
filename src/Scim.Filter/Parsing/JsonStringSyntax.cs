using System.Globalization;
using System.Text;

namespace Scim.Filter.Parsing;

/// <summary>
/// JSON string literals (RFC 8259 §7) as filters carry them: scanning with validation, decoding and canonical
/// escaping. Invalid escapes, unescaped control characters and lone surrogates (escaped or raw) are errors.
/// </summary>
internal static class JsonStringSyntax
{
    /// <summary>
    /// Scans the string literal that opens with the quote at <paramref name="start"/>. On success
    /// <paramref name="length"/> covers both quotes; on failure <paramref name="error"/> says where and what.
    /// </summary>
    public static bool TryScan(string source, int start, int end, out int length, out FilterSyntaxError error)
    {
        var i = start + 1;
        while (i < end)
        {
            // The next quote or backslash ends a run of plain characters: one vectorised search over two values
            // finds it, and one more checks the run (a single search over a set mixing ASCII with the surrogate
            // range measured slower on the short strings filters carry).
            var stop = source.AsSpan(i, end - i).IndexOfAny('"', '\\');
            var runEnd = stop < 0 ? end : i + stop;
            if (!TryCheckRun(source, i, runEnd, out error))
            {
                length = 0;
                return false;
            }

            if (stop < 0)
            {
                break;
            }

            i = runEnd;
            if (source[i] == '"')
            {
                length = i + 1 - start;
                error = default;
                return true;
            }

            if (!TryScanEscape(source, i, end, out var escapeLength, out error))
            {
                length = 0;
                return false;
            }

            i += escapeLength;
        }

        length = 0;
        error = new FilterSyntaxError(start, "unterminated string");
        return false;
    }

    /// <summary>
    /// Checks that <c>[start, end)</c>, which holds no quote or backslash, has no control character and no lone
    /// surrogate: a vectorised search for anything outside <c>' '..U+D7FF</c>, then a look at each thing found
    /// (surrogate pairs and characters from U+E000 up are fine). Each search starts after the last find, so the
    /// whole check is linear in the run.
    /// </summary>
    private static bool TryCheckRun(string source, int start, int end, out FilterSyntaxError error)
    {
        var i = start;
        while (true)
        {
            var unusual = source.AsSpan(i, end - i).IndexOfAnyExceptInRange(' ', '\uD7FF');
            if (unusual < 0)
            {
                error = default;
                return true;
            }

            i += unusual;
            var c = source[i];
            if (c < ' ')
            {
                error = new FilterSyntaxError(i, string.Create(
                    CultureInfo.InvariantCulture, $"the control character U+{(int)c:X4} must be escaped in a string"));
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(source[i + 1]))
            {
                i += 2;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                error = new FilterSyntaxError(i, "a string contains a lone surrogate character");
                return false;
            }

            i++;
        }
    }

    /// <summary>Decodes the contents (between the quotes) of a literal already validated by <see cref="TryScan"/>.</summary>
    public static string Decode(ReadOnlySpan<char> content)
    {
        var backslash = content.IndexOf('\\');
        if (backslash < 0)
        {
            return content.ToString();
        }

        var builder = new StringBuilder(content.Length);
        builder.Append(content[..backslash]);
        for (var i = backslash; i < content.Length; i++)
        {
            var c = content[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escape = content[++i];
            switch (escape)
            {
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    builder.Append((char)ParseHex4(content.Slice(i + 1, 4)));
                    i += 4;
                    break;
                default: builder.Append(escape); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="value"/> has a surrogate that is not part of a pair.</summary>
    public static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Appends <paramref name="value"/> as a canonical JSON string literal: quotes, <c>\"</c>, <c>\\</c>,
    /// short escapes for <c>\b \f \n \r \t</c> and <c>\u00XX</c> for other control characters.</summary>
    public static void WriteQuoted(StringBuilder builder, string value)
    {
        builder.Append('"');
        var plainStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c != '"' && c != '\\')
            {
                continue;
            }

            builder.Append(value, plainStart, i - plainStart);
            plainStart = i + 1;
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
            }
        }

        builder.Append(value, plainStart, value.Length - plainStart);
        builder.Append('"');
    }

    private static bool TryScanEscape(string source, int backslash, int end, out int length, out FilterSyntaxError error)
    {
        error = default;
        length = 0;
        if (backslash + 1 >= end)
        {
            error = new FilterSyntaxError(backslash, "unterminated escape sequence in a string");
            return false;
        }

        switch (source[backslash + 1])
        {
            case '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't':
                length = 2;
                return true;
            case 'u':
                break;
            default:
                error = new FilterSyntaxError(backslash, string.Create(
                    CultureInfo.InvariantCulture,
                    $"invalid escape sequence {Excerpt.Of(source.AsSpan(backslash, 2))} in a string"));
                return false;
        }

        var unit = TryReadUnicodeEscape(source, backslash, end);
        if (unit < 0)
        {
            error = new FilterSyntaxError(backslash, "a \\u escape needs four hexadecimal digits");
            return false;
        }

        if (char.IsHighSurrogate((char)unit))
        {
            var low = TryReadUnicodeEscape(source, backslash + 6, end);
            if (low >= 0 && char.IsLowSurrogate((char)low))
            {
                length = 12;
                return true;
            }
        }

        if (char.IsSurrogate((char)unit))
        {
            error = new FilterSyntaxError(backslash, "a \\u escape encodes a lone surrogate");
            return false;
        }

        length = 6;
        return true;
    }

    private static int TryReadUnicodeEscape(string source, int backslash, int end)
    {
        if (backslash + 6 > end || source[backslash] != '\\' || source[backslash + 1] != 'u')
        {
            return -1;
        }

        return ParseHex4(source.AsSpan(backslash + 2, 4));
    }

    private static int ParseHex4(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0'
                : c is >= 'a' and <= 'f' ? c - 'a' + 10
                : c is >= 'A' and <= 'F' ? c - 'A' + 10
                : -1;
            if (digit < 0)
            {
                return -1;
            }

            value = (value << 4) | digit;
        }

        return value;
    }
}
