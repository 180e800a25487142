using System.Globalization;
using Superpower;
using Superpower.Model;

namespace Scim.Filter.Parsing;

/// <summary>
/// The RFC 7644 §3.4.2.2 grammar over filter tokens, layered with <see cref="Parse.Chain{TKind, TOperator, TOperand}"/>
/// so that <c>not</c> binds tighter than <c>and</c>, which binds tighter than <c>or</c>:
/// <code>
/// filter      = conjunction *("or" conjunction)
/// conjunction = unit *("and" unit)
/// unit        = "not" group / group / attrExp
/// group       = "(" filter ")"
/// attrExp     = attrPath ("pr" / compareOp compValue / "[" valFilter "]" ["." subAttr ("pr" / compareOp compValue)])
/// </code>
/// <c>valFilter</c> is the same grammar without nested brackets. The leaf parsers are hand-written delegates so
/// that a parse allocates nothing but the tree. Callers bound the input (length, depth, comparisons) first.
/// </summary>
internal static class FilterTokenParsers
{
    private const string UnitExpectation = "an attribute name, `not` or `(`";
    private const string OperatorExpectation = "a comparison operator or `pr`";
    private const string OperatorOrBracketExpectation = "a comparison operator, `pr` or `[`";
    private const string ValueExpectation = "a comparison value";

    private static readonly string[] UnitExpectations = [UnitExpectation];
    private static readonly string[] AttributeNameExpectations = ["an attribute name"];
    private static readonly string[] SubAttributeExpectations = ["a sub-attribute name"];
    private static readonly string[] OperatorExpectations = [OperatorExpectation];
    private static readonly string[] OperatorOrBracketExpectations = [OperatorOrBracketExpectation];
    private static readonly string[] ValueExpectations = [ValueExpectation];
    private static readonly string[] CloseBracketExpectations = ["`and`, `or` or `]`"];
    private static readonly string[] CloseParenExpectations = ["`and`, `or` or `)`"];
    private static readonly string[] OpenParenExpectations = ["`(`"];

    private static readonly TokenListParser<FilterToken, LogicalOperator> AndOperator =
        Operator(FilterToken.And, LogicalOperator.And, "`and`");

    private static readonly TokenListParser<FilterToken, LogicalOperator> OrOperator =
        Operator(FilterToken.Or, LogicalOperator.Or, "`or`");

    /// <summary>A value filter: the grammar inside <c>[ ]</c>, without nested value filters.</summary>
    public static readonly TokenListParser<FilterToken, FilterExpression> ValueFilter = Logic(allowValuePath: false);

    /// <summary>A filter. The caller checks that the whole token list was consumed.</summary>
    public static readonly TokenListParser<FilterToken, FilterExpression> Filter = Logic(allowValuePath: true);

    /// <summary>An attribute path as PATCH, sorting and projection use it. The caller checks for the end of input.</summary>
    public static readonly TokenListParser<FilterToken, ScimPath> Path = ParsePath;

    private static TokenListParser<FilterToken, FilterExpression> Logic(bool allowValuePath)
    {
        TokenListParser<FilterToken, FilterExpression>? disjunction = null;
        var inner = Parse.Ref(() => disjunction!);
        var unit = Unit(inner, allowValuePath);
        var conjunction = Parse.Chain(AndOperator, unit, MakeLogical);
        disjunction = Parse.Chain(OrOperator, conjunction, MakeLogical);
        return disjunction;
    }

    /// <summary>
    /// <c>unit = "not" group / group / attrExp</c> with <c>group = "(" filter ")"</c>, choosing the alternative by the
    /// next token instead of trying each in turn, so that a parse never builds and merges the expectations of failed
    /// alternatives. Written out rather than composed from <c>IgnoreThen</c>/<c>Select</c>, whose shared generic code
    /// showed up as the largest cost in profiles.
    /// </summary>
    private static TokenListParser<FilterToken, FilterExpression> Unit(
        TokenListParser<FilterToken, FilterExpression> filter,
        bool allowValuePath) =>
        input =>
        {
            var next = input.ConsumeToken();
            if (next.HasValue)
            {
                switch (next.Value.Kind)
                {
                    case FilterToken.AttributePath:
                        return ParseAttributeExpression(input, allowValuePath);
                    case FilterToken.LParen:
                        return ParseGroup(input, next.Remainder, filter, negated: false);
                    case FilterToken.Not:
                        var open = next.Remainder.ConsumeToken();
                        return open.HasValue && open.Value.Kind == FilterToken.LParen
                            ? ParseGroup(input, open.Remainder, filter, negated: true)
                            : TokenListParserResult.Empty<FilterToken, FilterExpression>(next.Remainder, OpenParenExpectations);
                }
            }

            return TokenListParserResult.Empty<FilterToken, FilterExpression>(input, UnitExpectations);
        };

    private static TokenListParserResult<FilterToken, FilterExpression> ParseGroup(
        TokenList<FilterToken> start, TokenList<FilterToken> afterParen, TokenListParser<FilterToken, FilterExpression> filter, bool negated)
    {
        var inner = filter(afterParen);
        if (!inner.HasValue)
        {
            return inner;
        }

        var close = inner.Remainder.ConsumeToken();
        if (!close.HasValue || close.Value.Kind != FilterToken.RParen)
        {
            return TokenListParserResult.Empty<FilterToken, FilterExpression>(inner.Remainder, CloseParenExpectations);
        }

        var value = negated ? new NotExpression(inner.Value) : inner.Value;
        return TokenListParserResult.Value(value, start, close.Remainder);
    }

    /// <summary>Matches an <c>and</c> or <c>or</c> keyword without allocating when it is absent (it is tried after every operand).</summary>
    private static TokenListParser<FilterToken, LogicalOperator> Operator(FilterToken kind, LogicalOperator @operator, string expectation)
    {
        string[] expectations = [expectation];
        return input =>
        {
            var next = input.ConsumeToken();
            return next.HasValue && next.Value.Kind == kind
                ? TokenListParserResult.Value(@operator, input, next.Remainder)
                : TokenListParserResult.Empty<FilterToken, LogicalOperator>(input, expectations);
        };
    }

    private static FilterExpression MakeLogical(LogicalOperator @operator, FilterExpression left, FilterExpression right) =>
        new LogicalExpression(@operator, left, right);

    private static TokenListParserResult<FilterToken, FilterExpression> ParseAttributeExpression(
        TokenList<FilterToken> input, bool allowValuePath)
    {
        var pathToken = input.ConsumeToken();
        if (!pathToken.HasValue || pathToken.Value.Kind != FilterToken.AttributePath)
        {
            return TokenListParserResult.Empty<FilterToken, FilterExpression>(input, UnitExpectations);
        }

        var path = AttributePath.FromValidatedText(pathToken.Value.Span.Source.AsSpan(pathToken.Value.Span.Position.Absolute, pathToken.Value.Span.Length));
        var remainder = pathToken.Remainder;
        var next = remainder.ConsumeToken();
        if (next.HasValue && next.Value.Kind == FilterToken.LBracket)
        {
            return allowValuePath
                ? ParseValuePathRest(input, path, next.Remainder)
                : TokenListParserResult.Empty<FilterToken, FilterExpression>(remainder, "value filters cannot be nested");
        }

        return ParseOperation(input, path, remainder, allowValuePath ? OperatorOrBracketExpectations : OperatorExpectations);
    }

    private static TokenListParserResult<FilterToken, FilterExpression> ParseOperation(
        TokenList<FilterToken> start, AttributePath path, TokenList<FilterToken> remainder, string[] expectations)
    {
        var next = remainder.ConsumeToken();
        if (!next.HasValue)
        {
            return TokenListParserResult.Empty<FilterToken, FilterExpression>(remainder, expectations);
        }

        var kind = next.Value.Kind;
        if (kind == FilterToken.Pr)
        {
            return TokenListParserResult.Value<FilterToken, FilterExpression>(new PresentExpression(path), start, next.Remainder);
        }

        if (kind is < FilterToken.Eq or > FilterToken.Le)
        {
            return TokenListParserResult.Empty<FilterToken, FilterExpression>(remainder, expectations);
        }

        var value = ParseComparisonValue(next.Remainder);
        if (!value.HasValue)
        {
            return TokenListParserResult.CastEmpty<FilterToken, FilterLiteral, FilterExpression>(value);
        }

        var @operator = (ComparisonOperator)(kind - FilterToken.Eq);
        return TokenListParserResult.Value<FilterToken, FilterExpression>(
            new ComparisonExpression(path, @operator, value.Value), start, value.Remainder);
    }

    private static TokenListParserResult<FilterToken, FilterExpression> ParseValuePathRest(
        TokenList<FilterToken> start, AttributePath path, TokenList<FilterToken> afterBracket)
    {
        var inner = ValueFilter(afterBracket);
        if (!inner.HasValue)
        {
            return inner;
        }

        var close = inner.Remainder.ConsumeToken();
        if (!close.HasValue || close.Value.Kind != FilterToken.RBracket)
        {
            return TokenListParserResult.Empty<FilterToken, FilterExpression>(inner.Remainder, CloseBracketExpectations);
        }

        var period = close.Remainder.ConsumeToken();
        if (!period.HasValue || period.Value.Kind != FilterToken.Period)
        {
            return TokenListParserResult.Value<FilterToken, FilterExpression>(
                ValuePathExpression.FromParsed(path, inner.Value), start, close.Remainder);
        }

        // Entra's form: emails[type eq "work"].value eq "x" means emails[type eq "work" and value eq "x"].
        var subAttribute = ParseSubAttributeName(period.Remainder);
        if (!subAttribute.HasValue)
        {
            return TokenListParserResult.CastEmpty<FilterToken, string, FilterExpression>(subAttribute);
        }

        var operation = ParseOperation(start, new AttributePath(subAttribute.Value), subAttribute.Remainder, OperatorExpectations);
        if (!operation.HasValue)
        {
            return operation;
        }

        var combined = new LogicalExpression(LogicalOperator.And, inner.Value, operation.Value);
        return TokenListParserResult.Value<FilterToken, FilterExpression>(
            ValuePathExpression.FromParsed(path, combined), start, operation.Remainder);
    }

    private static TokenListParserResult<FilterToken, string> ParseSubAttributeName(TokenList<FilterToken> input)
    {
        var next = input.ConsumeToken();
        if (next.HasValue && next.Value.Kind == FilterToken.AttributePath)
        {
            var span = next.Value.Span;
            var text = span.Source.AsSpan(span.Position.Absolute, span.Length);
            if (AttributeNameSyntax.IsAttributeName(text))
            {
                return TokenListParserResult.Value(text.ToString(), input, next.Remainder);
            }
        }

        return TokenListParserResult.Empty<FilterToken, string>(input, SubAttributeExpectations);
    }

    private static TokenListParserResult<FilterToken, FilterLiteral> ParseComparisonValue(TokenList<FilterToken> input)
    {
        var next = input.ConsumeToken();
        if (!next.HasValue)
        {
            return TokenListParserResult.Empty<FilterToken, FilterLiteral>(input, ValueExpectations);
        }

        var span = next.Value.Span;
        var text = span.Source.AsSpan(span.Position.Absolute, span.Length);
        switch (next.Value.Kind)
        {
            case FilterToken.String:
                return TokenListParserResult.Value(FilterLiteral.FromValidatedString(JsonStringSyntax.Decode(text[1..^1])), input, next.Remainder);
            case FilterToken.True:
                return TokenListParserResult.Value(FilterLiteral.True, input, next.Remainder);
            case FilterToken.False:
                return TokenListParserResult.Value(FilterLiteral.False, input, next.Remainder);
            case FilterToken.Null:
                return TokenListParserResult.Value(FilterLiteral.Null, input, next.Remainder);
            case FilterToken.Number:
                return ParseNumber(input, next.Remainder, text);
            case FilterToken.UnquotedString:
                var unquoted = text.ToString();
                return JsonStringSyntax.HasLoneSurrogate(unquoted)
                    ? TokenListParserResult.Empty<FilterToken, FilterLiteral>(input, "an unquoted value contains a lone surrogate character")
                    : TokenListParserResult.Value(FilterLiteral.FromValidatedString(unquoted), input, next.Remainder);
            case FilterToken.AttributePath or FilterToken.Unrecognized:
                return TokenListParserResult.Empty<FilterToken, FilterLiteral>(input, string.Create(
                    CultureInfo.InvariantCulture,
                    $"the value {Excerpt.Of(text)} must be quoted as a JSON string (or be true, false, null or a number)"));
            default:
                return TokenListParserResult.Empty<FilterToken, FilterLiteral>(input, ValueExpectations);
        }
    }

    private static TokenListParserResult<FilterToken, FilterLiteral> ParseNumber(
        TokenList<FilterToken> input, TokenList<FilterToken> remainder, ReadOnlySpan<char> text)
    {
        if (JsonNumberSyntax.IsInteger(text))
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                return TokenListParserResult.Value(FilterLiteral.FromInteger(integer), input, remainder);
            }
        }
        else if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return TokenListParserResult.Value(FilterLiteral.FromDecimal(number), input, remainder);
        }

        return TokenListParserResult.Empty<FilterToken, FilterLiteral>(input, string.Create(
            CultureInfo.InvariantCulture, $"the number {Excerpt.Of(text)} is out of range"));
    }

    private static TokenListParserResult<FilterToken, ScimPath> ParsePath(TokenList<FilterToken> input)
    {
        var pathToken = input.ConsumeToken();
        if (!pathToken.HasValue || pathToken.Value.Kind != FilterToken.AttributePath)
        {
            return TokenListParserResult.Empty<FilterToken, ScimPath>(input, AttributeNameExpectations);
        }

        var span = pathToken.Value.Span;
        var attribute = AttributePath.FromValidatedText(span.Source.AsSpan(span.Position.Absolute, span.Length));
        var open = pathToken.Remainder.ConsumeToken();
        if (!open.HasValue || open.Value.Kind != FilterToken.LBracket)
        {
            return TokenListParserResult.Value(ScimPath.FromParsed(attribute, null, null), input, pathToken.Remainder);
        }

        var filter = ValueFilter(open.Remainder);
        if (!filter.HasValue)
        {
            return TokenListParserResult.CastEmpty<FilterToken, FilterExpression, ScimPath>(filter);
        }

        var close = filter.Remainder.ConsumeToken();
        if (!close.HasValue || close.Value.Kind != FilterToken.RBracket)
        {
            return TokenListParserResult.Empty<FilterToken, ScimPath>(filter.Remainder, CloseBracketExpectations);
        }

        var period = close.Remainder.ConsumeToken();
        if (!period.HasValue || period.Value.Kind != FilterToken.Period)
        {
            return TokenListParserResult.Value(ScimPath.FromParsed(attribute, filter.Value, null), input, close.Remainder);
        }

        var subAttribute = ParseSubAttributeName(period.Remainder);
        return subAttribute.HasValue
            ? TokenListParserResult.Value(ScimPath.FromParsed(attribute, filter.Value, subAttribute.Value), input, subAttribute.Remainder)
            : TokenListParserResult.CastEmpty<FilterToken, string, ScimPath>(subAttribute);
    }
}
