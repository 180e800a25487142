namespace Scim.Schema.Tests;

public sealed class SeenKeysTests
{
    [Fact]
    public void An_attribute_position_is_accepted_once()
    {
        var seen = default(SeenKeys);

        Assert.True(seen.AddAttribute(0, "userName"));
        Assert.True(seen.AddAttribute(63, "last"));
        Assert.False(seen.AddAttribute(0, "userName"));
        Assert.False(seen.AddAttribute(63, "LAST"));
    }

    [Fact]
    public void Positions_past_63_are_remembered_by_name_ignoring_case()
    {
        var seen = default(SeenKeys);

        Assert.True(seen.AddAttribute(64, "attr64"));
        Assert.True(seen.AddAttribute(200, "attr200"));
        Assert.False(seen.AddAttribute(64, "ATTR64"));
    }

    [Fact]
    public void Other_keys_are_remembered_by_name_ignoring_case_apart_from_attribute_positions()
    {
        var seen = default(SeenKeys);

        Assert.True(seen.AddAttribute(1, "displayName"));
        Assert.True(seen.AddName("schemas"));
        Assert.True(seen.AddName("unknown"));
        Assert.False(seen.AddName("SCHEMAS"));
        Assert.False(seen.AddName("Unknown"));
    }

    [Fact]
    public void Many_other_keys_past_the_inline_ones_are_still_told_apart()
    {
        var seen = default(SeenKeys);
        for (var i = 0; i < 100; i++)
        {
            Assert.True(seen.AddName("k" + i));
        }

        Assert.False(seen.AddName("K0"));
        Assert.False(seen.AddName("k99"));
        Assert.True(seen.AddName("k100"));
    }
}
