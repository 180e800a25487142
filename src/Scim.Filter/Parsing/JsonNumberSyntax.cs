namespace Scim.Filter.Parsing;

/// <summary>The JSON number grammar (RFC 8259 §6): <c>[ "-" ] int [ frac ] [ exp ]</c>.</summary>
internal static class JsonNumberSyntax
{
    /// <summary>Whether <paramref name="text"/> is exactly one JSON number.</summary>
    public static bool IsNumber(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        if (i == text.Length || !char.IsAsciiDigit(text[i]))
        {
            return false;
        }

        if (text[i] == '0')
        {
            i++;
        }
        else
        {
            i = SkipDigits(text, i);
        }

        if (i < text.Length && text[i] == '.')
        {
            var fractionStart = ++i;
            i = SkipDigits(text, i);
            if (i == fractionStart)
            {
                return false;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            var exponentStart = i;
            i = SkipDigits(text, i);
            if (i == exponentStart)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    /// <summary>Whether a valid JSON number has neither fraction nor exponent.</summary>
    public static bool IsInteger(ReadOnlySpan<char> number) => number.IndexOfAny('.', 'e', 'E') < 0;

    private static int SkipDigits(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }
}
