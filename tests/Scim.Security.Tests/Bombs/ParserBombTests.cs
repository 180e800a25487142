using Scim.Filter;
using Scim.Schema;

namespace Scim.Security.Tests.Bombs;

/// <summary>
/// Every structural bomb, at 10^2 to 10^6 repetitions, is refused by the parser that meets it first with a SCIM
/// error, and the test process survives (a stack overflow would end the whole run). The filter and path bombs are
/// also parsed with the length limit lifted, so the depth and comparison limits are what must hold.
/// </summary>
public sealed class ParserBombTests
{
    private static readonly FilterParseOptions LengthUnlimited = new() { MaxLength = int.MaxValue, MaxPathLength = int.MaxValue };

    public static TheoryData<string, int> FilterBombs => StructuralBomb.Cases(StructuralBomb.Filters);

    public static TheoryData<string, int> PathBombs => StructuralBomb.Cases(StructuralBomb.Paths);

    public static TheoryData<string, int> ResourceBombs => StructuralBomb.Cases(StructuralBomb.ResourceBodies);

    [Theory]
    [MemberData(nameof(FilterBombs))]
    public void Filter_bombs_are_refused_as_invalid_filters(string shape, int size)
    {
        var filter = StructuralBomb.Of(StructuralBomb.Filters, shape, size).Build();
        ScimErrorAssertions.Refused(() => ScimFilter.Parse(filter), ScimErrorType.InvalidFilter, filter);
        ScimErrorAssertions.Refused(() => ScimFilter.Parse(filter, LengthUnlimited), ScimErrorType.InvalidFilter, filter);
        Assert.False(ScimFilter.TryParse(filter, out _, out var error, LengthUnlimited));
        ScimErrorAssertions.AssertSafeDetail(error, filter);
    }

    [Theory]
    [MemberData(nameof(PathBombs))]
    public void Path_bombs_are_refused_as_invalid_paths(string shape, int size)
    {
        var path = StructuralBomb.Of(StructuralBomb.Paths, shape, size).Build();
        ScimErrorAssertions.Refused(() => ScimPath.Parse(path), ScimErrorType.InvalidPath, path);
        ScimErrorAssertions.Refused(() => ScimPath.Parse(path, LengthUnlimited), ScimErrorType.InvalidPath, path);
    }

    [Theory]
    [MemberData(nameof(ResourceBombs))]
    public void Resource_body_bombs_are_refused_by_the_json_reader(string shape, int size)
    {
        var body = StructuralBomb.Of(StructuralBomb.ResourceBodies, shape, size).Build();
        var expected = ExpectedResourceScimType(shape);
        ScimErrorAssertions.Refused(() => ScimJsonReader.ReadResource(body, CoreSchemas.UserResourceType), expected, body);
        if (shape != "wide-array-of-scalars-in-single-valued")
        {
            // For a Group, userName is unknown and skipped; every other bomb is broken JSON for any resource type.
            ScimErrorAssertions.Refused(() => ScimJsonReader.ReadResource(body, CoreSchemas.GroupResourceType), ScimErrorType.InvalidSyntax, body);
        }
    }

    /// <summary>
    /// The User reader checks a known attribute's shape before it descends, so an array where a complex value or a
    /// string belongs is an invalid value; everything else is broken or too deep JSON.
    /// </summary>
    internal static string ExpectedResourceScimType(string shape) =>
        shape is "wide-array-of-scalars-in-single-valued" or "nested-arrays" ? ScimErrorType.InvalidValue : ScimErrorType.InvalidSyntax;
}
