using FsCheck;
using FsCheck.Fluent;
using Scim.Schema;

namespace Scim.Filter.Tests.Evaluation;

/// <summary>For ASCII text on attributes that are not caseExact, eq/co/sw/ew are decided without building normal
/// forms; these tests pin that the answer is the one comparing normal forms gives, and that ordering and non-ASCII
/// text still compare normal forms.</summary>
public sealed class AsciiCaseShortcutTests
{
    private const string Alphabet = "aAbBzZ_-.@ 09[`{~";

    private static bool Matches(string op, string actual, string expected)
    {
        var user = new ScimResource(CoreSchemas.UserResourceType, ScimComplex.Create(("title", new ScimString(actual))));
        var filter = ScimFilter.Parse($"title {op} \"{expected.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
        return ScimFilter.Bind(filter, CoreSchemas.UserResourceType).Matches(user);
    }

    private static bool ByNormalForms(string op, string actual, string expected)
    {
        var a = ScimStringNormalization.Normalize(actual);
        var e = ScimStringNormalization.Normalize(expected);
        return op switch
        {
            "eq" => string.Equals(a, e, StringComparison.Ordinal),
            "co" => a.Contains(e, StringComparison.Ordinal),
            "sw" => a.StartsWith(e, StringComparison.Ordinal),
            "ew" => a.EndsWith(e, StringComparison.Ordinal),
            "gt" => string.CompareOrdinal(a, e) > 0,
            _ => string.CompareOrdinal(a, e) < 0,
        };
    }

    [Fact]
    public void Ascii_text_on_a_case_insensitive_attribute_matches_as_its_normal_form_does()
    {
        var text = Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Select(chars => new string(chars));
        var op = Gen.Elements("eq", "co", "sw", "ew", "gt", "lt");
        var cases = (from o in op from actual in text from expected in text select (o, actual, expected)).ToArbitrary();

        Prop.ForAll(cases, c => Matches(c.o, c.actual, c.expected) == ByNormalForms(c.o, c.actual, c.expected))
            .QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("sw", "Engineer", "ENG", true)]
    [InlineData("co", "Senior Engineer", "r eNg", true)]
    [InlineData("ew", "Engineer", "NEER", true)]
    [InlineData("eq", "Engineer", "engineer", true)]
    [InlineData("eq", "Engineer", "engineers", false)]
    [InlineData("gt", "a_b", "AAB", false)]
    [InlineData("lt", "a_b", "AAB", true)]
    [InlineData("eq", "\u212Aelvin", "KELVIN", true)]
    [InlineData("sw", "Kelvin", "\u212A", true)]
    [InlineData("co", "Stra\u00DFe", "STRASSE", false)]
    [InlineData("sw", "\uFF22abs", "b", true)]
    public void Mixed_ascii_and_other_text_keeps_the_normal_form_rule(string op, string actual, string expected, bool matches)
    {
        Assert.Equal(matches, Matches(op, actual, expected));
        Assert.Equal(ByNormalForms(op, actual, expected), matches);
    }
}
