using Scim.Schema;

namespace Scim.Filter.Tests.Evaluation;

/// <summary>The one case rule (ScimStringNormalization), value filters over single elements and sort paths.</summary>
public sealed class UnifiedSemanticsTests
{
    private static readonly ScimResource User = new(CoreSchemas.UserResourceType, ScimComplex.Create(
        ("userName", new ScimString("BJensen")),
        ("displayName", new ScimString("Ｂａｂｓ \u212Aelvin")),
        ("externalId", new ScimString("Ext-1")),
        ("emails", ScimMultiValue.Create(
            ScimComplex.Create(("value", new ScimString("b@example.com")), ("type", new ScimString("home"))),
            ScimComplex.Create(("value", new ScimString("BJensen@Example.com")), ("type", new ScimString("Work")), ("primary", ScimBoolean.True)))),
        ("schemas", ScimMultiValue.Create(new ScimReference(ScimSchemaIds.User)))));

    private static bool Matches(string filter) => ScimFilter.Bind(ScimFilter.Parse(filter), CoreSchemas.UserResourceType).Matches(User);

    [Theory]
    [InlineData("userName eq \"ｂｊｅｎｓｅｎ\"", true)]
    [InlineData("displayName eq \"babs kelvin\"", true)]
    [InlineData("displayName sw \"BABS\"", true)]
    [InlineData("displayName ew \"KELVIN\"", true)]
    [InlineData("displayName co \"s k\"", true)]
    [InlineData("userName gt \"BJENSEM\"", true)]
    [InlineData("userName lt \"bjensen\"", false)]
    [InlineData("userName le \"BJENSEN\"", true)]
    [InlineData("externalId eq \"ext-1\"", false)]
    [InlineData("emails[type eq \"WORK\" and value eq \"bjensen@example.COM\"]", true)]
    public void Strings_that_are_not_caseExact_compare_their_normal_forms(string filter, bool expected) =>
        Assert.Equal(expected, Matches(filter));

    private static readonly AttributeDefinition Emails = CoreSchemas.User.FindAttribute("emails")!;

    private static BoundElementFilter Element(string filter, AttributeDefinition? attribute = null, ResourceTypeDefinition? type = null) =>
        ScimFilter.BindValueFilter(ScimFilter.Parse(filter), attribute ?? Emails, type ?? CoreSchemas.UserResourceType);

    [Theory]
    [InlineData("type eq \"WORK\"", 1)]
    [InlineData("primary eq \"True\"", 1)]
    [InlineData("primary eq true", 1)]
    [InlineData("primary ne true", 0)]
    [InlineData("value ew \"EXAMPLE.COM\"", 0)]
    [InlineData("not (type eq \"work\")", 0)]
    [InlineData("primary pr", 1)]
    public void A_value_filter_tests_one_element_with_the_filter_rules(string filter, int matchingIndex)
    {
        var emails = (ScimMultiValue)User["emails"]!;
        var bound = Element(filter);

        var matching = Enumerable.Range(0, emails.Count).Where(i => bound.Matches(emails[i])).ToArray();

        Assert.Contains(matchingIndex, matching);
    }

    [Fact]
    public void A_value_filter_on_simple_values_names_the_element_value()
    {
        var tags = new AttributeDefinition("tags") { MultiValued = true };
        var schema = new SchemaDefinition("urn:example:Tagged", "Tagged", null, [tags]);
        var type = new ResourceTypeDefinition("Tagged", "/Tagged", schema);

        var bound = ScimFilter.BindValueFilter(ScimFilter.Parse("value sw \"RE\""), tags, type);

        Assert.True(bound.Matches(new ScimString("red")));
        Assert.False(bound.Matches(new ScimString("blue")));
    }

    [Theory]
    [InlineData("primary eq \"yes\"")]
    [InlineData("value gt true")]
    [InlineData("nickname eq \"x\"")]
    public void A_value_filter_that_does_not_fit_the_sub_attributes_is_400_invalidFilter(string filter)
    {
        var error = Assert.Throws<ScimException>(() => Element(filter));

        Assert.Equal(ScimErrorType.InvalidFilter, error.ScimType);
    }

    [Theory]
    [InlineData("userName", "BJensen")]
    [InlineData("emails", "BJensen@Example.com")]
    [InlineData("emails.type", "Work")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:externalId", "Ext-1")]
    public void A_sort_path_reads_the_value_or_the_primary_element(string path, string expected)
    {
        var bound = ScimFilter.BindPath(ScimPath.Parse(path).Attribute, CoreSchemas.UserResourceType);

        Assert.Equal(expected, bound.SortValue(User)?.ToString());
    }

    [Fact]
    public void A_sort_path_to_a_missing_value_reads_null() =>
        Assert.Null(ScimFilter.BindPath(new AttributePath("title"), CoreSchemas.UserResourceType).SortValue(User));
}
