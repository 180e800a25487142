namespace Scim.Abstractions.Tests;

public sealed class ScimVersionTests
{
    [Fact]
    public void Versions_are_weak_etags_over_a_counter() => Assert.Equal("W/\"12\"", ScimVersion.Format(12));

    [Theory]
    [InlineData("W/\"3\"", true)]
    [InlineData("w/\"3\"", true)]
    [InlineData("\"3\"", true)]
    [InlineData(" W/\"3\" ", true)]
    [InlineData("*", true)]
    [InlineData(null, true)]
    [InlineData("W/\"4\"", false)]
    [InlineData("3", false)]
    [InlineData("W/\"abc\"", false)]
    [InlineData("W/\"-3\"", false)]
    [InlineData("", false)]
    public void An_expected_version_matches_counter_3_only_in_its_forms(string? expected, bool matches) =>
        Assert.Equal(matches, ScimVersion.Matches(expected, 3));
}
