using FsCheck;
using FsCheck.Fluent;

namespace Scim.Schema.Tests;

public sealed class ScimStringNormalizationTests
{
    [Theory]
    [InlineData("BJensen", "bjensen")]
    [InlineData("bjensen", "bjensen")]
    [InlineData("ｂｊｅｎｓｅｎ", "bjensen")]
    [InlineData("\u212Aelvin", "kelvin")]
    [InlineData("ΟΔΟΣ", "οδοσ")]
    [InlineData("οδος", "οδοσ")]
    [InlineData("e\u0301", "\u00E9")]
    [InlineData("STRASSE", "strasse")]
    public void Variants_normalise_to_one_form(string value, string normalized) =>
        Assert.Equal(normalized, ScimStringNormalization.Normalize(value));

    [Fact]
    public void A_lone_surrogate_is_case_folded_without_throwing()
    {
        Assert.Equal("abc\uD800", ScimStringNormalization.Normalize("ABC\uD800"));
        Assert.False(ScimStringNormalization.TryNormalize("abc\uD800", out _));
    }

    [Fact]
    public void Case_variants_are_equal_and_different_text_is_not()
    {
        Assert.True(ScimStringNormalization.AreEqual("BJensen", "ｂｊｅｎｓｅｎ"));
        Assert.False(ScimStringNormalization.AreEqual("bjensen", "bjensen2"));
    }

    [Fact]
    public void Normalisation_is_idempotent_and_culture_independent() =>
        Prop.ForAll<string>(text =>
        {
            if (text is null)
            {
                return true;
            }

            var once = ScimStringNormalization.Normalize(text);
            return ScimStringNormalization.Normalize(once) == once && ScimStringNormalization.AreEqual(text, once);
        }).QuickCheckThrowOnFailure();
}
