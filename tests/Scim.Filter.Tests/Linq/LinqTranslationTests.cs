using System.Linq.Expressions;
using Scim.Schema;

namespace Scim.Filter.Tests.Linq;

public sealed class LinqTranslationTests
{
    private static readonly Widget Sample = new()
    {
        Id = "w1",
        Code = "AB-1",
        Label = "Blue Widget",
        Nick = "bluey",
        Enabled = true,
        Rank = 7,
        Price = 12.50m,
        Updated = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
        Created = new DateTime(2023, 6, 1, 0, 0, 0, DateTimeKind.Utc),
        Width = 30,
        Unit = "cm",
        Department = "Tools",
        Tags = [new WidgetTag { Value = "Red", Kind = "colour", Primary = true }, new WidgetTag { Value = "big", Kind = "size" }],
    };

    [Theory]
    [InlineData("code eq \"AB-1\"", true)]
    [InlineData("code eq \"ab-1\"", false)]
    [InlineData("label eq \"BLUE widget\"", true)]
    [InlineData("label co \"UE WI\"", true)]
    [InlineData("nick sw \"BLU\"", true)]
    [InlineData("nick gt \"BLUEZ\"", false)]
    [InlineData("homepage pr", false)]
    [InlineData("enabled eq true", true)]
    [InlineData("rank gt 6 and rank le 7", true)]
    [InlineData("price lt 12.51", true)]
    [InlineData("price eq 12.5", true)]
    [InlineData("updated gt \"2024-01-02T05:04:04+02:00\"", true)]
    [InlineData("created ge \"2023-06-01T00:00:00Z\"", true)]
    [InlineData("size.width eq 30 and size.unit eq \"CM\"", true)]
    [InlineData("size[width eq 30 and unit eq \"cm\"]", true)]
    [InlineData("department eq \"tools\"", true)]
    [InlineData("urn:example:scim:schemas:extension:Acme:Widget:department eq \"tools\"", true)]
    [InlineData("tags eq \"RED\"", true)]
    [InlineData("tags.kind eq \"Colour\"", false)]
    [InlineData("tags[kind eq \"colour\" and primary eq true]", true)]
    [InlineData("tags[kind eq \"size\"].value eq \"BIG\"", true)]
    [InlineData("tags[kind eq \"size\" and primary eq true]", false)]
    [InlineData("tags pr and not (tags.value eq \"green\")", true)]
    [InlineData("label ne \"Blue Widget\"", false)]
    [InlineData("homepage eq null", true)]
    public void Translated_predicate_selects_like_in_memory_evaluation(string filter, bool expected)
    {
        var bound = ScimFilter.Bind(ScimFilter.Parse(filter), Widget.ResourceType);

        var predicate = Widget.Mapping.Translate(bound).Compile();

        Assert.Equal(expected, predicate(Sample));
        Assert.Equal(expected, bound.Matches(Sample.ToResource()));
    }

    [Fact]
    public void A_mapping_added_after_a_translation_is_used_by_the_next_one()
    {
        var mapping = new FilterMapping<Widget>().Map("code", w => w.Code);
        var byCode = ScimFilter.Bind(ScimFilter.Parse("code eq \"AB-1\""), Widget.ResourceType);
        var byRank = ScimFilter.Bind(ScimFilter.Parse("rank eq 7"), Widget.ResourceType);
        Assert.True(mapping.Translate(byCode).Compile()(Sample));
        Assert.Throws<ScimException>(() => mapping.Translate(byRank));

        mapping.Map("rank", w => w.Rank);

        Assert.True(mapping.Translate(byRank).Compile()(Sample));
        Assert.True(mapping.Translate(byCode).Compile()(Sample));
    }

    [Fact]
    public void One_mapping_translates_for_two_resource_types_each_resolved_against_its_own_schema()
    {
        var gadget = new ResourceTypeDefinition("Gadget", "/Gadgets",
            new SchemaDefinition("urn:example:scim:schemas:Gadget", "Gadget", "A gadget", [new AttributeDefinition("code", AttributeType.String)]));
        var mapping = new FilterMapping<Widget>().Map("code", w => w.Code);
        var widgetFilter = ScimFilter.Bind(ScimFilter.Parse("code eq \"AB-1\""), Widget.ResourceType);
        var gadgetFilter = ScimFilter.Bind(ScimFilter.Parse("code eq \"AB-1\""), gadget);

        Assert.True(mapping.Translate(widgetFilter).Compile()(Sample));
        Assert.True(mapping.Translate(gadgetFilter).Compile()(Sample));
        Assert.True(mapping.Translate(widgetFilter).Compile()(Sample));
    }

    [Fact]
    public void Values_are_captured_variables_not_constants()
    {
        var bound = ScimFilter.Bind(ScimFilter.Parse("code eq \"AB-1\" and rank gt 3 and tags[kind eq \"colour\"]"), Widget.ResourceType);

        var predicate = Widget.Mapping.Translate(bound);

        var constants = new ConstantCollector();
        constants.Visit(predicate);
        Assert.DoesNotContain(constants.Values, value => value is string or long or int);
        Assert.Equal(3, constants.Values.Count(value => value.GetType().Name.StartsWith("CapturedValue", StringComparison.Ordinal)));
    }

    [Fact]
    public void Case_insensitive_attribute_uses_the_normalised_member_and_the_normalised_value()
    {
        var bound = ScimFilter.Bind(ScimFilter.Parse("label eq \"ＢＬＵＥ\""), Widget.ResourceType);

        var predicate = Widget.Mapping.Translate(bound);

        Assert.Contains("LabelNormalized", predicate.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ToLower", predicate.ToString(), StringComparison.Ordinal);
        var constants = new ConstantCollector();
        constants.Visit(predicate);
        var captured = Assert.Single(constants.Values, value => value.GetType().Name.StartsWith("CapturedValue", StringComparison.Ordinal));
        Assert.Equal("blue", captured.GetType().GetField("Value")!.GetValue(captured));
    }

    [Fact]
    public void Case_insensitive_attribute_without_a_normalised_member_lower_cases_the_member()
    {
        var bound = ScimFilter.Bind(ScimFilter.Parse("nick eq \"Blue\""), Widget.ResourceType);

        Assert.Contains("ToLower()", Widget.Mapping.Translate(bound).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ordering_uses_string_Compare_which_LINQ_providers_translate()
    {
        var bound = ScimFilter.Bind(ScimFilter.Parse("code gt \"A\""), Widget.ResourceType);

        Assert.Contains("Compare(", Widget.Mapping.Translate(bound).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("CompareOrdinal", Widget.Mapping.Translate(bound).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("label", "label")]
    [InlineData("code", "code")]
    [InlineData("nick", "nick")]
    [InlineData("updated", "updated")]
    public void Sort_member_is_the_normalised_member_for_attributes_that_are_not_caseExact(string path, string expected)
    {
        var member = Widget.Mapping.FindSortMember(new AttributePath(path), Widget.ResourceType);

        Assert.NotNull(member);
        var name = ((System.Linq.Expressions.MemberExpression)member.Body).Member.Name;
        Assert.Equal(path == "label" ? "LabelNormalized" : char.ToUpperInvariant(expected[0]) + expected[1..], name);
    }

    [Theory]
    [InlineData("tags")]
    [InlineData("unknown")]
    [InlineData("size")]
    public void Sort_member_is_null_for_multi_valued_unknown_or_unmapped_paths(string path) =>
        Assert.Null(Widget.Mapping.FindSortMember(new AttributePath(path), Widget.ResourceType));

    [Fact]
    public void Multi_valued_attribute_translates_to_Any()
    {
        var bound = ScimFilter.Bind(ScimFilter.Parse("tags.value eq \"red\""), Widget.ResourceType);

        Assert.Contains(".Any(", Widget.Mapping.Translate(bound).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("schemas eq \"urn:example:scim:schemas:Widget\"", "schemas")]
    [InlineData("meta.lastModified gt \"2024-01-01T00:00:00Z\"", "meta.lastModified")]
    [InlineData("size pr", "size")]
    [InlineData("externalId eq \"x\"", "externalId")]
    public void Unmapped_attribute_is_an_invalidFilter_error_not_an_in_memory_fallback(string filter, string attribute)
    {
        var bound = ScimFilter.Bind(ScimFilter.Parse(filter), Widget.ResourceType);

        var error = Assert.Throws<ScimException>(() => Widget.Mapping.Translate(bound));

        Assert.Equal(ScimErrorType.InvalidFilter, error.ScimType);
        Assert.Equal($"Filtering on `{attribute}` is not supported by this service provider.", error.Detail);
    }

    [Fact]
    public void Filter_on_an_attribute_that_is_never_returned_is_refused_before_translation()
    {
        var error = Assert.Throws<ScimException>(() => ScimFilter.Bind(ScimFilter.Parse("secret eq \"x\""), Widget.ResourceType));

        Assert.Equal("The attribute `secret` cannot be used in a filter.", error.Detail);
    }

    [Fact]
    public void Guid_member_compares_parsed_guids_and_a_non_guid_matches_nothing()
    {
        var id = Guid.NewGuid();
        var mapping = new FilterMapping<GuidEntity>().Map("id", e => e.Id);

        var matching = mapping.Translate(ScimFilter.Bind(ScimFilter.Parse($"id eq \"{id}\""), Widget.ResourceType)).Compile();
        var garbage = mapping.Translate(ScimFilter.Bind(ScimFilter.Parse("id eq \"not-a-guid\""), Widget.ResourceType)).Compile();

        Assert.True(matching(new GuidEntity { Id = id }));
        Assert.False(garbage(new GuidEntity { Id = id }));
    }

    [Fact]
    public void Mapping_key_must_be_an_attribute_path()
    {
        Assert.Throws<ArgumentException>(() => new FilterMapping<Widget>().Map("tags[kind eq \"x\"]", w => w.Code));
        Assert.Throws<ArgumentException>(() => new FilterMapping<Widget>().Map("not a path", w => w.Code));
    }

    [Fact]
    public void Member_of_an_unsupported_type_is_refused_when_mapping()
    {
        Assert.Throws<ArgumentException>(() => new FilterMapping<Widget>().Map("code", w => w.Tags));
    }

    public sealed class GuidEntity
    {
        public Guid Id { get; set; }
    }

    private sealed class ConstantCollector : ExpressionVisitor
    {
        public List<object> Values { get; } = [];

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is not null)
            {
                Values.Add(node.Value);
            }

            return base.VisitConstant(node);
        }
    }
}
