namespace Scim.Filter.Tests;

public sealed class GoldenFilterTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Golden", "filters.golden.txt");
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var separator = line.LastIndexOf(" => ", StringComparison.Ordinal);
            data.Add(line[..separator], line[(separator + 4)..]);
        }

        return data;
    }

    [Fact]
    public void The_golden_file_holds_every_RFC_example_and_more()
    {
        Assert.True(Cases().Count >= 60);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_filter_parses_to_its_canonical_form(string filter, string canonical)
    {
        var parsed = ScimFilter.Parse(filter);

        Assert.Equal(canonical, parsed.ToString());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Canonical_form_parses_back_to_an_equal_tree(string filter, string canonical)
    {
        var parsed = ScimFilter.Parse(filter);
        var reparsed = ScimFilter.Parse(canonical);

        Assert.Equal(parsed, reparsed);
        Assert.Equal(parsed.GetHashCode(), reparsed.GetHashCode());
        Assert.Equal(canonical, reparsed.ToString());
    }
}
