using FsCheck;
using FsCheck.Fluent;

namespace Scim.Schema.Tests;

/// <summary>Generates User resources with random attribute subsets and values of every type the User schema uses.</summary>
internal static class ResourceGenerator
{
    private static readonly string[] TextUnits =
    [
        "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u0000", "\u001f", "<", ">", "&", "'", "+", "\u00e9", "\u4e2d",
        "\u2028", "\ufeff", "\U0001F600", "urn:", "True", "null", "{", "]",
    ];

    public static Gen<ScimResource> User() =>
        from core in Attributes(CoreSchemas.User.Attributes.Concat(CommonAttributes.All).ToArray())
        from extension in Attributes([.. CoreSchemas.EnterpriseUser.Attributes])
        from withExtension in Gen.Elements(false, true)
        select new ScimResource(
            CoreSchemas.UserResourceType,
            withExtension && extension.Count > 0 ? core.With(ScimSchemaIds.EnterpriseUser, extension) : core);

    private static Gen<ScimComplex> Attributes(AttributeDefinition[] definitions) =>
        from chosen in Gen.SubListOf(definitions)
        from values in Sequence(chosen.Select(Value))
        select ScimComplex.Create(chosen.Zip(values, (d, v) => (d.Name, (ScimValue?)v)).ToArray());

    private static Gen<ScimValue> Value(AttributeDefinition definition) =>
        definition.MultiValued
            ? from count in Gen.Choose(1, 3)
              from items in Sequence(Enumerable.Repeat(definition, count).Select(Single))
              select (ScimValue)ScimMultiValue.Create(items)
            : Single(definition);

    private static Gen<ScimValue> Single(AttributeDefinition definition) => definition.Type switch
    {
        AttributeType.String => Text().Select(t => (ScimValue)new ScimString(t)),
        AttributeType.Reference => Text().Select(t => (ScimValue)new ScimReference(t)),
        AttributeType.Boolean => Gen.Elements(false, true).Select(b => (ScimValue)ScimBoolean.From(b)),
        AttributeType.Binary => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Where(b => b.Length > 0)
            .Select(b => (ScimValue)new ScimBinary(Convert.ToBase64String(b))),
        AttributeType.DateTime => Instant().Select(d => (ScimValue)new ScimDateTime(d)),
        AttributeType.Integer => Gen.Choose(int.MinValue, int.MaxValue).Select(i => (ScimValue)new ScimInteger(i)),
        AttributeType.Decimal => Gen.Choose(-1_000_000, 1_000_000).Select(i => (ScimValue)new ScimDecimal(i / 100m)),
        _ => Attributes([.. definition.SubAttributes]).Where(c => c.Count > 0).Select(c => (ScimValue)c),
    };

    private static Gen<string> Text() => Gen.Elements(TextUnits).ArrayOf().Select(string.Concat);

    private static Gen<DateTimeOffset> Instant() =>
        from days in Gen.Choose(0, 365 * 200)
        from seconds in Gen.Choose(0, 86_399)
        from ticks in Gen.Choose(0, 9_999_999)
        from offsetQuarters in Gen.Choose(-14 * 4, 14 * 4)
        select new DateTimeOffset(new DateTime(1900, 1, 1).AddDays(days).AddSeconds(seconds).AddTicks(ticks), TimeSpan.FromMinutes(offsetQuarters * 15));

    private static Gen<ScimValue[]> Sequence(IEnumerable<Gen<ScimValue>> gens) =>
        gens.Aggregate(
            Gen.Constant(Array.Empty<ScimValue>()),
            (acc, gen) => from values in acc from value in gen select (ScimValue[])[.. values, value]);
}
