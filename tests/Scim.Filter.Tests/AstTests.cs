namespace Scim.Filter.Tests;

public sealed class AstTests
{
    [Theory]
    [InlineData("1abc")]
    [InlineData("a b")]
    [InlineData("")]
    [InlineData("a.b")]
    public void Attribute_path_refuses_invalid_names(string name)
    {
        Assert.Throws<ArgumentException>(() => new AttributePath(name));
    }

    [Theory]
    [InlineData("notaurn")]
    [InlineData("urn:")]
    [InlineData("urn:a b")]
    [InlineData("urn:a:")]
    public void Attribute_path_refuses_invalid_schema_urns(string urn)
    {
        Assert.Throws<ArgumentException>(() => new AttributePath(urn, "userName"));
    }

    [Fact]
    public void String_literal_refuses_a_lone_surrogate()
    {
        Assert.Throws<ArgumentException>(() => FilterLiteral.FromString("a\ud800"));
    }

    [Fact]
    public void Value_path_refuses_a_nested_value_path()
    {
        var inner = new ValuePathExpression(new AttributePath("b"), new PresentExpression(new AttributePath("c")));

        Assert.Throws<ArgumentException>(() => new ValuePathExpression(new AttributePath("a"), new NotExpression(inner)));
    }

    [Fact]
    public void Literal_accessors_refuse_the_wrong_kind()
    {
        Assert.Throws<InvalidOperationException>(() => FilterLiteral.True.StringValue);
        Assert.Throws<InvalidOperationException>(() => FilterLiteral.FromString("x").IntegerValue);
        Assert.Equal(3m, FilterLiteral.FromInteger(3).NumericValue);
    }

    [Fact]
    public void Decimal_literals_equal_by_value_and_always_print_as_decimals()
    {
        Assert.Equal(FilterLiteral.FromDecimal(1.0m), FilterLiteral.FromDecimal(1.00m));
        Assert.Equal(FilterLiteral.FromDecimal(1.0m).GetHashCode(), FilterLiteral.FromDecimal(1.00m).GetHashCode());
        Assert.NotEqual(FilterLiteral.FromDecimal(1m), FilterLiteral.FromInteger(1));
        Assert.Equal("5.0", FilterLiteral.FromDecimal(5m).ToString());
    }

    [Fact]
    public void Strings_print_with_canonical_JSON_escapes()
    {
        Assert.Equal("\"q\\\"b\\\\s\\b\\f\\n\\r\\t\\u001f\u00e9\"", FilterLiteral.FromString("q\"b\\s\b\f\n\r\t\u001f\u00e9").ToString());
    }

    [Fact]
    public void Visitor_dispatches_on_node_type()
    {
        var filter = ScimFilter.Parse("not (a eq 1) and b pr or c[d pr]");

        Assert.Equal("((not(cmp) and pr) or vp(pr))", new ShapeVisitor().Visit(filter));
    }

    private sealed class ShapeVisitor : FilterVisitor<string>
    {
        public override string VisitComparison(ComparisonExpression expression) => "cmp";

        public override string VisitPresent(PresentExpression expression) => "pr";

        public override string VisitLogical(LogicalExpression expression) =>
            $"({Visit(expression.Left)} {(expression.Operator == LogicalOperator.And ? "and" : "or")} {Visit(expression.Right)})";

        public override string VisitNot(NotExpression expression) => $"not({Visit(expression.Operand)})";

        public override string VisitValuePath(ValuePathExpression expression) => $"vp({Visit(expression.Filter)})";
    }
}
