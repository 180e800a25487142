using System.Runtime.InteropServices;
using System.Text;
using Scim.Filter;
using Scim.Schema;

namespace Scim.Fuzz.Targets;

/// <summary>
/// Feeds the input, decoded as UTF-8 and read as UTF-16, to the attribute path parser (the grammar of PATCH paths, sortBy and
/// attributes). A refusal must be a <see cref="ScimException"/>; an accepted path must print and parse back equal.
/// </summary>
internal static class PathTarget
{
    public static void Run(ReadOnlySpan<byte> input)
    {
        ParseAndRoundTrip(Encoding.UTF8.GetString(input));

        // The same bytes as UTF-16, for text no UTF-8 decoder produces (lone surrogates) but a JSON escape can.
        ParseAndRoundTrip(new string(MemoryMarshal.Cast<byte, char>(input[..(input.Length & ~1)])));
    }

    private static void ParseAndRoundTrip(string text)
    {
        ScimPath parsed;
        try
        {
            parsed = ScimPath.Parse(text);
        }
        catch (ScimException refused)
        {
            FuzzOracle.ExpectClientError(refused);
            return;
        }

        var printed = parsed.ToString();
        var reparsed = FuzzOracle.MustSucceed(() => ScimPath.Parse(printed, FuzzOracle.GenerousFilterOptions), "the canonical path text");
        FuzzOracle.Check(reparsed.Equals(parsed), "the canonical path text parses back to a different path");
        FuzzOracle.Check(reparsed.GetHashCode() == parsed.GetHashCode(), "equal paths have different hash codes");
    }
}
