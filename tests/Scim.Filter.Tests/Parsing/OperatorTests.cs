namespace Scim.Filter.Tests.Parsing;

public sealed class OperatorTests
{
    [Theory]
    [InlineData("eq", ComparisonOperator.Equal)]
    [InlineData("ne", ComparisonOperator.NotEqual)]
    [InlineData("co", ComparisonOperator.Contains)]
    [InlineData("sw", ComparisonOperator.StartsWith)]
    [InlineData("ew", ComparisonOperator.EndsWith)]
    [InlineData("gt", ComparisonOperator.GreaterThan)]
    [InlineData("ge", ComparisonOperator.GreaterThanOrEqual)]
    [InlineData("lt", ComparisonOperator.LessThan)]
    [InlineData("le", ComparisonOperator.LessThanOrEqual)]
    [InlineData("EQ", ComparisonOperator.Equal)]
    [InlineData("Ne", ComparisonOperator.NotEqual)]
    [InlineData("cO", ComparisonOperator.Contains)]
    [InlineData("SW", ComparisonOperator.StartsWith)]
    [InlineData("Ew", ComparisonOperator.EndsWith)]
    [InlineData("GT", ComparisonOperator.GreaterThan)]
    [InlineData("gE", ComparisonOperator.GreaterThanOrEqual)]
    [InlineData("Lt", ComparisonOperator.LessThan)]
    [InlineData("LE", ComparisonOperator.LessThanOrEqual)]
    public void Each_comparison_operator_parses_in_any_case(string keyword, ComparisonOperator expected)
    {
        var comparison = Assert.IsType<ComparisonExpression>(ScimFilter.Parse($"userName {keyword} \"x\""));

        Assert.Equal(expected, comparison.Operator);
        Assert.Equal($"userName {keyword.ToLowerInvariant()} \"x\"", comparison.ToString());
    }

    [Theory]
    [InlineData("title pr")]
    [InlineData("title PR")]
    [InlineData("title Pr")]
    public void Present_parses_in_any_case(string filter)
    {
        var present = Assert.IsType<PresentExpression>(ScimFilter.Parse(filter));

        Assert.Equal("title", present.Path.Name);
    }

    [Theory]
    [InlineData("a pr AND b pr", LogicalOperator.And)]
    [InlineData("a pr And b pr", LogicalOperator.And)]
    [InlineData("a pr OR b pr", LogicalOperator.Or)]
    [InlineData("a pr oR b pr", LogicalOperator.Or)]
    public void Logical_operators_parse_in_any_case(string filter, LogicalOperator expected)
    {
        Assert.Equal(expected, Assert.IsType<LogicalExpression>(ScimFilter.Parse(filter)).Operator);
    }

    [Theory]
    [InlineData("NOT (a pr)")]
    [InlineData("Not (a pr)")]
    [InlineData("not(a pr)")]
    public void Not_parses_in_any_case_and_without_a_space(string filter)
    {
        Assert.IsType<NotExpression>(ScimFilter.Parse(filter));
    }

    [Fact]
    public void Attribute_names_compare_case_insensitively_but_keep_their_spelling()
    {
        var lower = ScimFilter.Parse("username eq \"x\"");
        var upper = ScimFilter.Parse("USERNAME eq \"x\"");

        Assert.Equal(lower, upper);
        Assert.Equal(lower.GetHashCode(), upper.GetHashCode());
        Assert.Equal("USERNAME eq \"x\"", upper.ToString());
    }

    [Fact]
    public void String_values_compare_ordinally()
    {
        Assert.NotEqual(ScimFilter.Parse("userName eq \"x\""), ScimFilter.Parse("userName eq \"X\""));
    }

    [Fact]
    public void Schema_urns_compare_case_insensitively()
    {
        Assert.Equal(
            ScimFilter.Parse("urn:ietf:params:scim:schemas:core:2.0:User:userName pr"),
            ScimFilter.Parse("URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:USERNAME pr"));
    }

    [Theory]
    [InlineData("a eq 0", FilterLiteralKind.Integer)]
    [InlineData("a eq -12", FilterLiteralKind.Integer)]
    [InlineData("a eq 9223372036854775807", FilterLiteralKind.Integer)]
    [InlineData("a eq -9223372036854775808", FilterLiteralKind.Integer)]
    [InlineData("a eq 0.5", FilterLiteralKind.Decimal)]
    [InlineData("a eq 1E2", FilterLiteralKind.Decimal)]
    [InlineData("a eq 1e-2", FilterLiteralKind.Decimal)]
    [InlineData("a eq 1.0e+2", FilterLiteralKind.Decimal)]
    [InlineData("a eq \"1\"", FilterLiteralKind.String)]
    [InlineData("a eq true", FilterLiteralKind.Boolean)]
    [InlineData("a eq null", FilterLiteralKind.Null)]
    public void Literals_keep_their_JSON_kind_and_integers_stay_apart_from_decimals(string filter, FilterLiteralKind kind)
    {
        Assert.Equal(kind, Assert.IsType<ComparisonExpression>(ScimFilter.Parse(filter)).Value.Kind);
    }

    [Fact]
    public void Decimal_value_reads_with_invariant_culture()
    {
        var value = Assert.IsType<ComparisonExpression>(ScimFilter.Parse("a eq 1234.5678")).Value;

        Assert.Equal(1234.5678m, value.DecimalValue);
    }

    [Fact]
    public void Entra_value_path_with_sub_attribute_is_the_same_as_the_combined_value_filter()
    {
        Assert.Equal(
            ScimFilter.Parse("emails[type eq \"work\" and value eq \"x\"]"),
            ScimFilter.Parse("emails[type eq \"work\"].value eq \"x\""));
    }

    [Fact]
    public void Dollar_ref_is_an_attribute_name()
    {
        var comparison = Assert.IsType<ComparisonExpression>(ScimFilter.Parse("members.$ref eq \"https://x/Users/1\""));

        Assert.Equal("$ref", comparison.Path.SubAttribute);
    }

    [Fact]
    public void Urn_qualified_path_splits_at_the_last_colon()
    {
        var path = Assert.IsType<ComparisonExpression>(ScimFilter.Parse(
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"1\"")).Path;

        Assert.Equal("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", path.SchemaUrn);
        Assert.Equal("manager", path.Name);
        Assert.Equal("value", path.SubAttribute);
    }

    [Fact]
    public void Whitespace_may_be_tabs_or_newlines()
    {
        Assert.Equal(ScimFilter.Parse("a pr and b pr"), ScimFilter.Parse("a\tpr\nand\r\nb pr"));
    }
}
