using Scim.Schema;

namespace Scim.Security.Tests.Bombs;

/// <summary>What every refusal of hostile input must look like, whatever the layer.</summary>
internal static class ScimErrorAssertions
{
    /// <summary>Longest error detail accepted: details explain, they never echo the (possibly megabyte) input.</summary>
    public const int MaxDetailLength = 512;

    public static ScimException Refused(Action parse, string expectedScimType, string input)
    {
        var refused = Assert.Throws<ScimException>(parse);
        Assert.Equal(400, refused.Status);
        Assert.Equal(expectedScimType, refused.ScimType);
        AssertSafeDetail(refused.Detail, input);
        return refused;
    }

    public static void AssertSafeDetail(string detail, string input)
    {
        Assert.False(string.IsNullOrWhiteSpace(detail));
        Assert.True(detail.Length <= MaxDetailLength, "detail has " + detail.Length + " characters");
        if (input.Length > MaxDetailLength)
        {
            Assert.DoesNotContain(input, detail, StringComparison.Ordinal);
        }
    }
}
