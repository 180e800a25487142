namespace Scim.Filter.Parsing;

/// <summary>
/// The lexical rules for attribute names and attribute paths (RFC 7644 §3.10 / §3.4.2.2):
/// <c>ATTRNAME = ALPHA *(nameChar)</c>, <c>nameChar = "-" / "_" / DIGIT / ALPHA</c>, and
/// <c>attrPath = [URI ":"] ATTRNAME *1subAttr</c>. A leading <c>$</c> is also accepted so that <c>$ref</c> is a name.
/// </summary>
internal static class AttributeNameSyntax
{
    /// <summary>Whether <paramref name="text"/> is one attribute name.</summary>
    public static bool IsAttributeName(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !(char.IsAsciiLetter(text[0]) || text[0] == '$'))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="text"/> can be a schema URN prefix of an attribute path.</summary>
    public static bool IsSchemaUrn(ReadOnlySpan<char> text)
    {
        if (text.Length <= 4 || !text.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) || text[^1] == ':')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsUrnChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Splits an attribute path word into its schema URN (up to the last colon), attribute name and optional
    /// sub-attribute. Returns false when the word is not an attribute path.
    /// </summary>
    public static bool TrySplitPath(ReadOnlySpan<char> text, out Range urn, out Range name, out Range subAttribute)
    {
        urn = default;
        subAttribute = default;
        var nameStart = 0;
        var lastColon = text.LastIndexOf(':');
        if (lastColon >= 0)
        {
            if (!IsSchemaUrn(text[..lastColon]))
            {
                name = default;
                return false;
            }

            urn = new Range(0, lastColon);
            nameStart = lastColon + 1;
        }

        var rest = text[nameStart..];
        var dot = rest.IndexOf('.');
        if (dot < 0)
        {
            name = new Range(nameStart, text.Length);
            return IsAttributeName(rest);
        }

        name = new Range(nameStart, nameStart + dot);
        subAttribute = new Range(nameStart + dot + 1, text.Length);
        return IsAttributeName(rest[..dot]) && IsAttributeName(rest[(dot + 1)..]);
    }

    private static bool IsUrnChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is ':' or '.' or '-' or '_' or '+' or '%' or '=' or '@' or ';' or '$'
            or '!' or '*' or ',' or '\'' or '/' or '~';
}
