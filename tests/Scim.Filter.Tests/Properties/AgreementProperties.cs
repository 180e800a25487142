using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scim.Filter.Tests.Linq;

namespace Scim.Filter.Tests.Properties;

public sealed class AgreementProperties
{
    private static readonly string[] Texts = ["", "a", "A", "ab", "AB", "b", "é", "É", "ß", "ı", "I", "i", "İ", "ｂ", "a%", "_", "Red", "red"];

    /// <summary>Members mapped without a normalised member compare <c>ToLower()</c>, which equals the normal form for ASCII only.</summary>
    private static readonly string[] AsciiTexts = [.. Texts.Where(text => text.All(char.IsAscii))];

    private static readonly string[] LowerCasedPaths = ["nick", "size.unit", "unit", "department", "urn:example:scim:schemas:extension:Acme:Widget:department"];

    private static readonly string[] Instants =
        ["2024-01-01T00:00:00Z", "2024-01-01T02:00:00+02:00", "2024-01-01T00:00:01Z", "2023-12-31T23:59:59.5Z", "2025-06-01T12:00:00-05:00"];

    [Property(MaxTest = 2500)]
    public Property In_memory_evaluation_agrees_with_the_compiled_LINQ_predicate() =>
        Prop.ForAll(Widgets().ToArbitrary(), Filters().ToArbitrary(), (widget, filter) =>
        {
            var bound = ScimFilter.Bind(filter, Widget.ResourceType);
            var inMemory = bound.Matches(widget.ToResource());
            var translated = BinaryCollation.Apply(Widget.Mapping.Translate(bound)).Compile()(widget);
            return (inMemory == translated).Label($"{filter} on {widget}: memory {inMemory}, linq {translated}");
        });

    private static Gen<string?> OptionalText() => Gen.Elements(Texts.Cast<string?>().Append(null).ToArray());

    private static Gen<string?> OptionalAsciiText() => Gen.Elements(AsciiTexts.Cast<string?>().Append(null).ToArray());

    private static Gen<Widget> Widgets() =>
        from code in OptionalText()
        from label in OptionalText()
        from nick in OptionalAsciiText()
        from homepage in OptionalText()
        from enabled in Gen.Elements(true, false)
        from rank in Gen.Elements<long?>(null, -1, 0, 1, 2, long.MaxValue)
        from price in Gen.Elements<decimal?>(null, 0m, 1.5m, 2m, -3.25m)
        from updated in Gen.Elements<DateTimeOffset?>([null, .. Instants.Select(text => (DateTimeOffset?)DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture))])
        from created in Gen.Elements<DateTime?>([null, .. Instants.Select(text => (DateTime?)DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime)])
        from width in Gen.Elements<int?>(null, 0, 1, 2)
        from unit in OptionalAsciiText()
        from department in OptionalAsciiText()
        from tags in Gen.ListOf(Tags(), 3).Select(list => list.ToList()).Zip(Gen.Choose(0, 3), (list, count) => list.Take(count).ToList())
        select new Widget
        {
            Id = "w",
            Code = code,
            Label = label,
            Nick = nick,
            Homepage = homepage,
            Enabled = enabled,
            Rank = rank,
            Price = price,
            Updated = updated,
            Created = created,
            Width = width,
            Unit = unit,
            Department = department,
            Tags = tags,
        };

    private static Gen<WidgetTag> Tags() =>
        from value in OptionalText()
        from kind in OptionalText()
        from primary in Gen.Elements(true, false)
        select new WidgetTag { Value = value, Kind = kind, Primary = primary };

    private static Gen<FilterExpression> Filters() => Gen.Sized(size => Tree(Math.Min(size, 12), inTags: false, inSize: false));

    private static Gen<FilterExpression> Tree(int size, bool inTags, bool inSize)
    {
        var leaf = Leaf(inTags, inSize);
        if (size <= 1)
        {
            return leaf;
        }

        var logical =
            from op in Gen.Elements(LogicalOperator.And, LogicalOperator.Or)
            from left in Tree(size / 2, inTags, inSize)
            from right in Tree(size / 2, inTags, inSize)
            select (FilterExpression)new LogicalExpression(op, left, right);
        var not = Tree(size - 1, inTags, inSize).Select(operand => (FilterExpression)new NotExpression(operand));
        if (inTags || inSize)
        {
            return Gen.Frequency((3, leaf), (2, logical), (1, not));
        }

        var tagFilter = Tree(size / 2, inTags: true, inSize: false)
            .Select(inner => (FilterExpression)new ValuePathExpression(new AttributePath("tags"), inner));
        var sizeFilter = Tree(size / 2, inTags: false, inSize: true)
            .Select(inner => (FilterExpression)new ValuePathExpression(new AttributePath("size"), inner));
        return Gen.Frequency((3, leaf), (2, logical), (1, not), (1, tagFilter), (1, sizeFilter));
    }

    private static Gen<FilterExpression> Leaf(bool inTags, bool inSize)
    {
        (string Path, string Type)[] attributes = inTags
            ? [("value", "string"), ("kind", "string"), ("primary", "boolean")]
            : inSize
                ? [("width", "integer"), ("unit", "string")]
                :
                [
                    ("code", "string"), ("label", "string"), ("nick", "string"), ("homepage", "string"), ("enabled", "boolean"),
                    ("rank", "integer"), ("price", "decimal"), ("updated", "dateTime"), ("created", "dateTime"),
                    ("size.width", "integer"), ("size.unit", "string"), ("department", "string"),
                    ("urn:example:scim:schemas:extension:Acme:Widget:department", "string"), ("tags", "string"),
                    ("tags.value", "string"), ("tags.kind", "string"), ("tags.primary", "boolean"),
                ];
        return from attribute in Gen.Elements(attributes)
               from leaf in LeafFor(ParsePath(attribute.Path), attribute.Type)
               select leaf;
    }

    private static AttributePath ParsePath(string text) => ScimPath.Parse(text).Attribute;

    private static Gen<FilterExpression> LeafFor(AttributePath path, string type)
    {
        var present = Gen.Constant((FilterExpression)new PresentExpression(path));
        var nullComparison = Gen.Elements(ComparisonOperator.Equal, ComparisonOperator.NotEqual)
            .Select(op => (FilterExpression)new ComparisonExpression(path, op, FilterLiteral.Null));
        var ordering = new[]
        {
            ComparisonOperator.Equal, ComparisonOperator.NotEqual, ComparisonOperator.GreaterThan, ComparisonOperator.GreaterThanOrEqual,
            ComparisonOperator.LessThan, ComparisonOperator.LessThanOrEqual,
        };
        Gen<FilterExpression> comparison = type switch
        {
            "string" =>
                from op in Gen.Elements(Enum.GetValues<ComparisonOperator>())
                from text in Gen.Elements(LowerCasedPaths.Contains(path.ToString(), StringComparer.OrdinalIgnoreCase) ? AsciiTexts : Texts)
                select (FilterExpression)new ComparisonExpression(path, op, FilterLiteral.FromString(text)),
            "boolean" =>
                from op in Gen.Elements(ComparisonOperator.Equal, ComparisonOperator.NotEqual)
                from value in Gen.Elements(FilterLiteral.True, FilterLiteral.False, FilterLiteral.FromString("True"), FilterLiteral.FromString("false"))
                select (FilterExpression)new ComparisonExpression(path, op, value),
            "integer" =>
                from op in Gen.Elements(ordering)
                from value in Gen.Elements(-1L, 0L, 1L, 2L, 3L)
                select (FilterExpression)new ComparisonExpression(path, op, FilterLiteral.FromInteger(value)),
            "decimal" =>
                from op in Gen.Elements(ordering)
                from value in Gen.Elements(FilterLiteral.FromInteger(2), FilterLiteral.FromDecimal(1.5m), FilterLiteral.FromDecimal(1.50m), FilterLiteral.FromDecimal(-3.25m))
                select (FilterExpression)new ComparisonExpression(path, op, value),
            _ =>
                from op in Gen.Elements(ordering)
                from value in Gen.Elements(Instants)
                select (FilterExpression)new ComparisonExpression(path, op, FilterLiteral.FromString(value)),
        };
        return Gen.Frequency((6, comparison), (1, present), (1, nullComparison));
    }
}
