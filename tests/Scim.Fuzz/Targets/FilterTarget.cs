using System.Runtime.InteropServices;
using System.Text;
using Scim.Filter;
using Scim.Schema;

namespace Scim.Fuzz.Targets;

/// <summary>
/// Feeds the input, decoded as UTF-8, to the filter parser in strict and in Entra-tolerant mode, and read as UTF-16
/// in strict mode. A refusal must be a
/// <see cref="ScimException"/>; an accepted filter must print to a canonical form that parses back to an equal tree.
/// </summary>
internal static class FilterTarget
{
    private static readonly FilterParseOptions Tolerant = new() { AllowUnquotedStrings = true };

    public static void Run(ReadOnlySpan<byte> input)
    {
        var text = Encoding.UTF8.GetString(input);
        ParseAndRoundTrip(text, FilterParseOptions.Default);
        ParseAndRoundTrip(text, Tolerant);

        // The same bytes as UTF-16: reaches text no UTF-8 decoder produces (lone surrogates, U+FFFE), which a
        // JSON "\ud800" escape in a /.search body does deliver to the parser.
        ParseAndRoundTrip(new string(MemoryMarshal.Cast<byte, char>(input[..(input.Length & ~1)])), FilterParseOptions.Default);
    }

    private static void ParseAndRoundTrip(string text, FilterParseOptions options)
    {
        FilterExpression parsed;
        try
        {
            parsed = ScimFilter.Parse(text, options);
        }
        catch (ScimException refused)
        {
            FuzzOracle.ExpectClientError(refused);
            return;
        }

        var printed = parsed.ToString();
        var reparsed = FuzzOracle.MustSucceed(() => ScimFilter.Parse(printed, FuzzOracle.GenerousFilterOptions), "the canonical filter text");
        FuzzOracle.Check(reparsed.Equals(parsed), "the canonical filter text parses back to a different tree");
        FuzzOracle.Check(reparsed.GetHashCode() == parsed.GetHashCode(), "equal filter trees have different hash codes");
        FuzzOracle.Check(string.Equals(reparsed.ToString(), printed, StringComparison.Ordinal), "printing is not idempotent");
    }
}
