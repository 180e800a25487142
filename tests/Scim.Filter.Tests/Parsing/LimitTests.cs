using System.Text;
using Scim.Schema;

namespace Scim.Filter.Tests.Parsing;

public sealed class LimitTests
{
    private static readonly FilterParseOptions Unbounded = new() { MaxLength = int.MaxValue, MaxPathLength = int.MaxValue };

    public static TheoryData<int> Sizes() => [100, 1_000, 10_000, 100_000, 1_000_000];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Deep_parentheses_are_rejected_by_length_by_default(int depth)
    {
        var filter = new string('(', depth) + "a pr" + new string(')', depth);

        var error = AssertRejected(filter, FilterParseOptions.Default);

        Assert.Contains(depth >= 8192 ? "characters long" : "nests deeper than 32 levels", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Deep_parentheses_are_rejected_by_depth_before_any_recursion(int depth)
    {
        var filter = new string('(', depth) + "a pr" + new string(')', depth);

        var error = AssertRejected(filter, Unbounded);

        Assert.Equal("The filter nests deeper than 32 levels (at column 33).", error);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Deep_not_groups_are_rejected_by_depth(int depth)
    {
        var filter = Repeat("not (", depth) + "a pr" + new string(')', depth);

        var error = AssertRejected(filter, Unbounded);

        Assert.StartsWith("The filter nests deeper than 32 levels", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Deep_unclosed_brackets_are_rejected_by_depth(int depth)
    {
        var filter = Repeat("a[", depth);

        var error = AssertRejected(filter, Unbounded);

        Assert.StartsWith("The filter nests deeper than 32 levels", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Wide_or_chains_are_rejected_by_comparison_count(int width)
    {
        var filter = string.Join(" or ", Enumerable.Repeat("a eq 1", width + 1));

        var error = AssertRejected(filter, Unbounded);

        Assert.StartsWith("The filter has more than 100 comparisons", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Wide_and_chains_are_rejected_by_length_by_default(int width)
    {
        var filter = string.Join(" and ", Enumerable.Repeat("a pr", width + 1));

        var error = AssertRejected(filter, FilterParseOptions.Default);

        Assert.Contains(filter.Length > 8192 ? "characters long" : "more than 100 comparisons", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Long_runs_of_tokens_without_comparisons_fail_without_recursion(int width)
    {
        // These cannot be rejected early: every token is within the limits until the parser fails on it, so they are
        // tokenized in full without recursion (a million tokens would overflow a recursive parser's stack). How long
        // that takes is measured by the parsing benchmarks, not asserted here.
        AssertRejected(Repeat("not ", width), Unbounded);
        AssertRejected(Repeat(")", width), Unbounded);
        AssertRejected(Repeat("and ", width), Unbounded);
        AssertRejected("a eq \"" + new string('x', width) + "\" " + Repeat("b ", width), Unbounded);
    }

    [Fact]
    public void Filter_at_the_length_limit_parses_and_one_more_character_is_rejected()
    {
        var atLimit = "userName eq \"" + new string('x', 8192 - 14) + "\"";
        Assert.Equal(8192, atLimit.Length);
        Assert.True(ScimFilter.TryParse(atLimit, out _, out _));

        var error = Assert.Throws<ScimException>(() => ScimFilter.Parse(atLimit + " "));
        Assert.Equal("The filter is 8193 characters long; at most 8192 are allowed.", error.Detail);
        Assert.Equal(ScimErrorType.InvalidFilter, error.ScimType);
    }

    [Fact]
    public void Filter_at_the_depth_limit_parses_and_one_more_level_is_rejected()
    {
        Assert.True(ScimFilter.TryParse(new string('(', 32) + "a pr" + new string(')', 32), out _, out _));
        Assert.False(ScimFilter.TryParse(new string('(', 33) + "a pr" + new string(')', 33), out _, out var error));
        Assert.Equal("The filter nests deeper than 32 levels (at column 33).", error);
    }

    [Fact]
    public void Not_before_a_group_counts_one_level_and_a_bracket_counts_one()
    {
        Assert.True(ScimFilter.TryParse(Repeat("not (", 16) + "a pr" + new string(')', 16), out _, out _));
        Assert.False(ScimFilter.TryParse(Repeat("not (", 16) + "(a pr)" + new string(')', 16), out _, out _));
        Assert.True(ScimFilter.TryParse(new string('(', 31) + "x[a pr]" + new string(')', 31), out _, out _));
        Assert.False(ScimFilter.TryParse(new string('(', 32) + "x[a pr]" + new string(')', 32), out _, out _));
    }

    [Fact]
    public void Filter_at_the_comparison_limit_parses_and_one_more_is_rejected()
    {
        Assert.True(ScimFilter.TryParse(string.Join(" or ", Enumerable.Repeat("a pr", 100)), out _, out _));
        Assert.False(ScimFilter.TryParse(string.Join(" or ", Enumerable.Repeat("a pr", 101)), out _, out var error));
        Assert.StartsWith("The filter has more than 100 comparisons (at column ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Raised_limits_up_to_the_ceilings_parse_without_overflowing_the_stack()
    {
        var options = new FilterParseOptions
        {
            MaxLength = int.MaxValue,
            MaxNestingDepth = FilterParseOptions.NestingDepthCeiling,
            MaxComparisons = FilterParseOptions.ComparisonsCeiling,
        };
        var depth = FilterParseOptions.NestingDepthCeiling / 2;
        var deep = Repeat("not (", depth) + "a pr" + new string(')', depth);
        var wide = string.Join(" and ", Enumerable.Repeat("a pr", FilterParseOptions.ComparisonsCeiling));

        var deepTree = ScimFilter.Parse(deep, options);
        var wideTree = ScimFilter.Parse(wide, options);

        Assert.Equal(deepTree, ScimFilter.Parse(deepTree.ToString(), options));
        Assert.Equal(wideTree, ScimFilter.Parse(wideTree.ToString(), options));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(FilterParseOptions.NestingDepthCeiling + 1)]
    public void Nesting_limit_outside_its_range_is_refused(int depth)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FilterParseOptions { MaxNestingDepth = depth });
    }

    [Fact]
    public void Comparison_limit_above_its_ceiling_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FilterParseOptions { MaxComparisons = FilterParseOptions.ComparisonsCeiling + 1 });
    }

    /// <summary>The filter is refused with 400 invalidFilter and a short detail (no stack overflow, no echo of the input).</summary>
    private static string AssertRejected(string filter, FilterParseOptions options)
    {
        var error = Assert.Throws<ScimException>(() => ScimFilter.Parse(filter, options));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimErrorType.InvalidFilter, error.ScimType);
        Assert.True(error.Detail.Length < 200);
        return error.Detail;
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
