using Scim.Filter;
using Scim.Schema;

namespace Scim.Fuzz.Targets;

/// <summary>
/// The checks every harness shares. A failed check throws <see cref="FuzzFindingException"/>, which is not a
/// <see cref="ScimException"/> and so escapes to the fuzzer as a crash.
/// </summary>
internal static class FuzzOracle
{
    /// <summary>Limits for re-parsing canonical text: printing may add parentheses and spaces the input did not have.</summary>
    public static FilterParseOptions GenerousFilterOptions { get; } = new()
    {
        MaxLength = int.MaxValue,
        MaxPathLength = int.MaxValue,
        MaxNestingDepth = FilterParseOptions.NestingDepthCeiling,
        MaxComparisons = FilterParseOptions.ComparisonsCeiling,
    };

    /// <summary>A refusal of client input must be a 4xx with a short detail (details never echo long raw input).</summary>
    public static void ExpectClientError(ScimException refused)
    {
        Check(refused.Status is >= 400 and < 500, "client input produced status " + refused.Status);
        Check(refused.Detail.Length <= 2048, "an error detail is longer than 2048 characters");
    }

    public static void Check(bool condition, string finding)
    {
        if (!condition)
        {
            throw new FuzzFindingException(finding);
        }
    }

    public static T MustSucceed<T>(Func<T> step, string what)
    {
        try
        {
            return step();
        }
        catch (ScimException refused)
        {
            throw new FuzzFindingException(what + " was refused: " + refused.ScimType + ": " + refused.Detail, refused);
        }
    }
}
