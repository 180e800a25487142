using FsCheck;
using FsCheck.Fluent;

namespace Scim.Filter.Tests.Properties;

/// <summary>Generators of filter trees and of hostile filter text.</summary>
internal static class FilterGenerators
{
    /// <summary>Limits high enough for every generated tree.</summary>
    public static readonly FilterParseOptions Generous = new()
    {
        MaxLength = int.MaxValue,
        MaxNestingDepth = FilterParseOptions.NestingDepthCeiling,
        MaxComparisons = FilterParseOptions.ComparisonsCeiling,
    };

    private static readonly string[] Names = ["userName", "name", "emails", "a", "B", "x-y", "x_1", "$ref", "value", "AND1", "notx"];

    private static readonly string?[] Urns =
        [null, null, null, "urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "URN:x:y"];

    private static readonly string[] Fragments =
    [
        "(", ")", "[", "]", ".", "\"x\"", "\"", "\\", "\"\\u00e9\"", "\"\\ud800\"", "\"a\\\"b\"", "and", "or", "not", "AND", "Not",
        "eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le", "pr", "EQ", "a", "b.c", "emails", "urn:x:y:a", "urn:x:y:a.b",
        "1", "-1", "1.5", "1e5", "01", "1.", "99999999999999999999", "1e999", "true", "false", "null", "TRUE", " ", "  ",
        "\t", "\n", "\u0000", "\ud800", "\udc00", "\ud83d\ude00", "@", "#", ":", "jexample", "x@y.z", "'x'", "$ref", "é",
    ];

    public static Gen<AttributePath> AttributePaths() =>
        from urn in Gen.Elements(Urns)
        from name in Gen.Elements(Names)
        from hasSub in Gen.Elements(false, false, true)
        from sub in Gen.Elements(Names)
        select new AttributePath(urn, name, hasSub ? sub : null);

    public static Gen<FilterLiteral> Literals() =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>()
                .Where(text => text is not null && !HasLoneSurrogate(text))
                .Select(FilterLiteral.FromString),
            Gen.Elements("bjensen", "O'Malley", "a\"b\\c", "tab\there", "\u0001", "😀", string.Empty).Select(FilterLiteral.FromString),
            ArbMap.Default.GeneratorFor<long>().Select(FilterLiteral.FromInteger),
            Gen.Elements(long.MinValue, long.MaxValue, 0L, -1L).Select(FilterLiteral.FromInteger),
            ArbMap.Default.GeneratorFor<decimal>().Select(FilterLiteral.FromDecimal),
            Gen.Elements(decimal.MaxValue, decimal.MinValue, 0.0001m, -2.50m, 1e-28m).Select(FilterLiteral.FromDecimal),
            Gen.Elements(FilterLiteral.True, FilterLiteral.False, FilterLiteral.Null));

    public static Gen<FilterExpression> Filters() => Gen.Sized(size => Tree(Math.Min(size, 24), allowValuePath: true));

    public static Gen<FilterExpression> ValueFilters() => Gen.Sized(size => Tree(Math.Min(size, 12), allowValuePath: false));

    public static Gen<ScimPath> Paths() =>
        from attribute in AttributePaths()
        from hasFilter in Gen.Elements(false, true)
        from filter in ValueFilters()
        from sub in Gen.Elements<string?>(null, "value", "display")
        select hasFilter ? new ScimPath(attribute, filter, sub) : new ScimPath(attribute);

    /// <summary>Text made of filter fragments and noise, joined with and without spaces.</summary>
    public static Gen<string> TokenSoup() =>
        from count in Gen.Choose(1, 30)
        from parts in Gen.ArrayOf(Gen.Elements(Fragments), count)
        from separator in Gen.Elements(" ", string.Empty, " ", "  ")
        select string.Join(separator, parts);

    /// <summary>Valid filters with one fragment replaced, inserted or removed.</summary>
    public static Gen<string> MutatedFilters() =>
        from filter in Filters()
        from text in Gen.Constant(filter.ToString())
        from position in Gen.Choose(0, text.Length)
        from fragment in Gen.Elements(Fragments)
        from removal in Gen.Choose(0, 3)
        select text[..position] + fragment + text[Math.Min(text.Length, position + removal)..];

    private static Gen<FilterExpression> Tree(int size, bool allowValuePath)
    {
        var comparison =
            from path in AttributePaths()
            from op in Gen.Elements(Enum.GetValues<ComparisonOperator>())
            from value in Literals()
            select (FilterExpression)new ComparisonExpression(path, op, value);
        var present = AttributePaths().Select(path => (FilterExpression)new PresentExpression(path));
        var leaf = Gen.Frequency((4, comparison), (1, present));
        if (size <= 1)
        {
            return leaf;
        }

        var logical =
            from op in Gen.Elements(LogicalOperator.And, LogicalOperator.Or)
            from left in Tree(size / 2, allowValuePath)
            from right in Tree(size / 2, allowValuePath)
            select (FilterExpression)new LogicalExpression(op, left, right);
        var not = Tree(size - 1, allowValuePath).Select(operand => (FilterExpression)new NotExpression(operand));
        if (!allowValuePath)
        {
            return Gen.Frequency((3, leaf), (3, logical), (1, not));
        }

        var valuePath =
            from path in AttributePaths()
            from inner in Tree(size / 2, allowValuePath: false)
            select (FilterExpression)new ValuePathExpression(path, inner);
        return Gen.Frequency((3, leaf), (3, logical), (1, not), (1, valuePath));
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
