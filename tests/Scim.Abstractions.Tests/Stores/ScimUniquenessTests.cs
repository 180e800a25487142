using FsCheck;
using FsCheck.Fluent;
using Scim.Schema;

namespace Scim.Abstractions.Tests;

public sealed class ScimUniquenessTests
{
    [Fact]
    public void The_key_is_the_one_string_normalisation_of_Scim_Schema() =>
        Assert.Equal(ScimStringNormalization.Normalize("ＢＪｅｎｓｅｎ"), ScimUniqueness.Normalize("ＢＪｅｎｓｅｎ"));

    [Theory]
    [InlineData("BJensen", "bjensen")]
    [InlineData("ｂｊｅｎｓｅｎ", "bjensen")]
    [InlineData("\u212Aelvin", "kelvin")]
    [InlineData("ΟΔΟΣ", "οδοσ")]
    [InlineData("οδος", "οδοσ")]
    [InlineData("e\u0301", "\u00E9")]
    public void Variants_normalise_to_one_key(string value, string key) => Assert.Equal(key, ScimUniqueness.Normalize(value));

    [Fact]
    public void A_lone_surrogate_is_400_invalidValue_not_a_crash()
    {
        var error = Assert.Throws<ScimException>(() => ScimUniqueness.Normalize("abc\uD800"));

        Assert.Equal(400, error.Status);
        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
    }

    [Fact]
    public void A_value_longer_than_the_limit_is_refused() =>
        Assert.False(ScimUniqueness.TryNormalize(new string('a', ScimUniqueness.MaxLength + 1), out _));

    [Fact]
    public void Normalisation_is_idempotent() =>
        Prop.ForAll<string>(text =>
        {
            if (text is null || !ScimUniqueness.TryNormalize(text, out var key))
            {
                return true;
            }

            return ScimUniqueness.Normalize(key) == key && ScimUniqueness.AreSame(text, key);
        }).QuickCheckThrowOnFailure();
}
