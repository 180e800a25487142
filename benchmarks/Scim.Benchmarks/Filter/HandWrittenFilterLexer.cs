namespace Scim.Benchmarks.Filter;

/// <summary>
/// The floor for filter tokenizing: a minimal lexer that walks the same strings, finds the same token boundaries
/// (punctuation, quoted strings with escapes, words) and only counts them. It allocates nothing and validates nothing.
/// </summary>
public static class HandWrittenFilterLexer
{
    /// <summary>Counts the tokens of <paramref name="text"/>.</summary>
    public static int CountTokens(string text)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                i++;
                continue;
            }

            count++;
            if (c is '(' or ')' or '[' or ']' or '.')
            {
                i++;
            }
            else if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                i++;
            }
            else
            {
                while (i < text.Length && text[i] is not (' ' or '(' or ')' or '[' or ']' or '"'))
                {
                    i++;
                }
            }
        }

        return count;
    }
}
