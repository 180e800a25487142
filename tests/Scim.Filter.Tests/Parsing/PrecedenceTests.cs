namespace Scim.Filter.Tests.Parsing;

public sealed class PrecedenceTests
{
    private static readonly FilterExpression A = Present("a");
    private static readonly FilterExpression B = Present("b");
    private static readonly FilterExpression C = Present("c");

    public static TheoryData<string, FilterExpression> Trees() => new()
    {
        { "a pr or b pr and c pr", Or(A, And(B, C)) },
        { "a pr and b pr or c pr", Or(And(A, B), C) },
        { "a pr and b pr and c pr", And(And(A, B), C) },
        { "a pr or b pr or c pr", Or(Or(A, B), C) },
        { "(a pr or b pr) and c pr", And(Or(A, B), C) },
        { "a pr and (b pr or c pr)", And(A, Or(B, C)) },
        { "not (a pr) and b pr", And(new NotExpression(A), B) },
        { "not (a pr) or b pr and c pr", Or(new NotExpression(A), And(B, C)) },
        { "b pr and not (a pr or c pr)", And(B, new NotExpression(Or(A, C))) },
        { "x[a pr or b pr and c pr]", new ValuePathExpression(new AttributePath("x"), Or(A, And(B, C))) },
        { "x[a pr] or b pr and c pr", Or(new ValuePathExpression(new AttributePath("x"), A), And(B, C)) },
    };

    [Theory]
    [MemberData(nameof(Trees))]
    public void Operators_bind_not_tighter_than_and_tighter_than_or(string filter, FilterExpression expected)
    {
        Assert.Equal(expected, ScimFilter.Parse(filter));
    }

    [Fact]
    public void Right_nested_chain_of_the_same_operator_keeps_its_parentheses_when_printed()
    {
        var tree = And(A, And(B, C));

        Assert.Equal("a pr and (b pr and c pr)", tree.ToString());
        Assert.Equal(tree, ScimFilter.Parse(tree.ToString()));
    }

    [Fact]
    public void Or_under_and_is_parenthesised_and_and_under_or_is_not()
    {
        Assert.Equal("(a pr or b pr) and c pr", And(Or(A, B), C).ToString());
        Assert.Equal("a pr or b pr and c pr", Or(A, And(B, C)).ToString());
    }

    private static PresentExpression Present(string name) => new(new AttributePath(name));

    private static LogicalExpression And(FilterExpression left, FilterExpression right) => new(LogicalOperator.And, left, right);

    private static LogicalExpression Or(FilterExpression left, FilterExpression right) => new(LogicalOperator.Or, left, right);
}
