using System.Text;

namespace Scim.Filter.Parsing;

/// <summary>
/// Short, safe quotations of client input for error messages: at most <see cref="MaxLength"/> characters, control
/// characters and surrogates escaped, wrapped in backticks. Errors never echo more than this.
/// </summary>
internal static class Excerpt
{
    /// <summary>The most input characters an error message quotes.</summary>
    public const int MaxLength = 24;

    /// <summary>Quotes <paramref name="text"/>, shortened with an ellipsis when longer than <see cref="MaxLength"/>.</summary>
    public static string Of(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(MaxLength + 8);
        builder.Append('`');
        var shown = text.Length > MaxLength ? text[..MaxLength] : text;
        foreach (var c in shown)
        {
            if (c < ' ' || char.IsSurrogate(c) || c == '`')
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        if (text.Length > MaxLength)
        {
            builder.Append('…');
        }

        return builder.Append('`').ToString();
    }
}
