using System.Globalization;
using Superpower;
using Superpower.Model;

namespace Scim.Filter.Parsing;

/// <summary>
/// The RFC 7644 §3.4.2.2 grammar as Superpower token-list parsers over the <see cref="FilterTokenizer"/>'s tokens,
/// layered so that <c>not</c> binds tighter than <c>and</c>, which binds tighter than <c>or</c>:
/// <code>
/// filter      = conjunction *("or" conjunction)
/// conjunction = unit *("and" unit)
/// unit        = "not" group / group / attrExp
/// group       = "(" filter ")"
/// attrExp     = attrPath ("pr" / compareOp compValue / "[" valFilter "]" ["." subAttr ("pr" / compareOp compValue)])
/// </code>
/// <c>valFilter</c> is the same grammar without nested brackets. Every layer is written out over
/// <see cref="TokenList{TKind}"/> and <see cref="TokenListParserResult{TKind, T}"/> for the concrete result types
/// rather than composed from Superpower's generic combinators (<c>Parse.Chain</c>, <c>Parse.Ref</c>, <c>Select</c>):
/// those run as shared generic code over reference types, and in profiles their dictionary lookups, delegate hops and
/// result copies were the largest cost of a parse. The <c>and</c>/<c>or</c> layers are loops, as <c>Parse.Chain</c>
/// is, so a long chain never recurses. A parse allocates nothing but the tree. Callers bound the input (length,
/// depth, comparisons) first.
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

    /// <summary>A value filter: the grammar inside <c>[ ]</c>, without nested value filters.</summary>
    public static readonly TokenListParser<FilterToken, FilterExpression> ValueFilter = input => ParseDisjunction(input, allowValuePath: false, out _);

    /// <summary>A filter. The caller checks that the whole token list was consumed.</summary>
    public static readonly TokenListParser<FilterToken, FilterExpression> Filter = input => ParseDisjunction(input, allowValuePath: true, out _);

    /// <summary>An attribute path as PATCH, sorting and projection use it. The caller checks for the end of input.</summary>
    public static readonly TokenListParser<FilterToken, ScimPath> Path = ParsePath;

    /// <summary>
    /// <c>filter = conjunction *("or" conjunction)</c>, left-associative and iterative. <paramref name="next"/> receives
    /// the token after the expression (consumed once here, then checked by the caller for <c>)</c> or <c>]</c>).
    /// </summary>
    private static TokenListParserResult<FilterToken, FilterExpression> ParseDisjunction(
        TokenList<FilterToken> input, bool allowValuePath, out TokenListParserResult<FilterToken, Token<FilterToken>> next)
    {
        var first = ParseConjunction(input, allowValuePath, out next);
        if (!first.HasValue)
        {
            return first;
        }

        var expression = first.Value;
        var remainder = first.Remainder;
        while (next.HasValue && next.Value.Kind == FilterToken.Or)
        {
            var operand = ParseConjunction(next.Remainder, allowValuePath, out next);
            if (!operand.HasValue)
            {
                return operand;
            }

            expression = new LogicalExpression(LogicalOperator.Or, expression, operand.Value);
            remainder = operand.Remainder;
        }

        return TokenListParserResult.Value(expression, input, remainder);
    }

    /// <summary><c>conjunction = unit *("and" unit)</c>, left-associative and iterative; <paramref name="next"/> as for
    /// <see cref="ParseDisjunction"/>.</summary>
    private static TokenListParserResult<FilterToken, FilterExpression> ParseConjunction(
        TokenList<FilterToken> input, bool allowValuePath, out TokenListParserResult<FilterToken, Token<FilterToken>> next)
    {
        var first = ParseUnit(input, allowValuePath);
        if (!first.HasValue)
        {
            next = default;
            return first;
        }

        var expression = first.Value;
        var remainder = first.Remainder;
        next = remainder.ConsumeToken();
        while (next.HasValue && next.Value.Kind == FilterToken.And)
        {
            var operand = ParseUnit(next.Remainder, allowValuePath);
            if (!operand.HasValue)
            {
                return operand;
            }

            expression = new LogicalExpression(LogicalOperator.And, expression, operand.Value);
            remainder = operand.Remainder;
            next = remainder.ConsumeToken();
        }

        return TokenListParserResult.Value(expression, input, remainder);
    }

    /// <summary>
    /// <c>unit = "not" group / group / attrExp</c> with <c>group = "(" filter ")"</c>, choosing the alternative by the
    /// next token instead of trying each in turn, so that a parse never builds and merges the expectations of failed
    /// alternatives. Each token is consumed once and handed on.
    /// </summary>
    private static TokenListParserResult<FilterToken, FilterExpression> ParseUnit(TokenList<FilterToken> input, bool allowValuePath)
    {
        var next = input.ConsumeToken();
        if (next.HasValue)
        {
            switch (next.Value.Kind)
            {
                case FilterToken.AttributePath:
                    return ParseAttributeExpression(input, next, allowValuePath);
                case FilterToken.LParen:
                    return ParseGroup(input, next.Remainder, allowValuePath, negated: false);
                case FilterToken.Not:
                    var open = next.Remainder.ConsumeToken();
                    return open.HasValue && open.Value.Kind == FilterToken.LParen
                        ? ParseGroup(input, open.Remainder, allowValuePath, negated: true)
                        : TokenListParserResult.Empty<FilterToken, FilterExpression>(next.Remainder, OpenParenExpectations);
            }
        }

        return TokenListParserResult.Empty<FilterToken, FilterExpression>(input, UnitExpectations);
    }

    private static TokenListParserResult<FilterToken, FilterExpression> ParseGroup(
        TokenList<FilterToken> start, TokenList<FilterToken> afterParen, bool allowValuePath, bool negated)
    {
        var inner = ParseDisjunction(afterParen, allowValuePath, out var close);
        if (!inner.HasValue)
        {
            return inner;
        }

        if (!close.HasValue || close.Value.Kind != FilterToken.RParen)
        {
            return TokenListParserResult.Empty<FilterToken, FilterExpression>(inner.Remainder, CloseParenExpectations);
        }

        var value = negated ? new NotExpression(inner.Value) : inner.Value;
        return TokenListParserResult.Value(value, start, close.Remainder);
    }

    /// <summary><c>attrExp</c>, given the attribute path token the caller consumed from <paramref name="start"/>.</summary>
    private static TokenListParserResult<FilterToken, FilterExpression> ParseAttributeExpression(
        TokenList<FilterToken> start, TokenListParserResult<FilterToken, Token<FilterToken>> pathToken, bool allowValuePath)
    {
        var path = AttributePath.FromValidatedText(TextOf(pathToken.Value));
        var remainder = pathToken.Remainder;
        var next = remainder.ConsumeToken();
        if (next.HasValue && next.Value.Kind == FilterToken.LBracket)
        {
            return allowValuePath
                ? ParseValuePathRest(start, path, next.Remainder)
                : TokenListParserResult.Empty<FilterToken, FilterExpression>(remainder, "value filters cannot be nested");
        }

        return ParseOperation(start, path, remainder, next, allowValuePath ? OperatorOrBracketExpectations : OperatorExpectations);
    }

    /// <summary><c>"pr" / compareOp compValue</c>, given the token after the path (<paramref name="next"/>, consumed
    /// from <paramref name="remainder"/>).</summary>
    private static TokenListParserResult<FilterToken, FilterExpression> ParseOperation(
        TokenList<FilterToken> start,
        AttributePath path,
        TokenList<FilterToken> remainder,
        TokenListParserResult<FilterToken, Token<FilterToken>> next,
        string[] expectations)
    {
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

    private static ReadOnlySpan<char> TextOf(Token<FilterToken> token) =>
        token.Span.Source.AsSpan(token.Span.Position.Absolute, token.Span.Length);

    private static TokenListParserResult<FilterToken, FilterExpression> ParseValuePathRest(
        TokenList<FilterToken> start, AttributePath path, TokenList<FilterToken> afterBracket)
    {
        var inner = ParseDisjunction(afterBracket, allowValuePath: false, out var close);
        if (!inner.HasValue)
        {
            return inner;
        }

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

        var operation = ParseOperation(
            start, new AttributePath(subAttribute.Value), subAttribute.Remainder, subAttribute.Remainder.ConsumeToken(), OperatorExpectations);
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

        var filter = ParseDisjunction(open.Remainder, allowValuePath: false, out var close);
        if (!filter.HasValue)
        {
            return TokenListParserResult.CastEmpty<FilterToken, FilterExpression, ScimPath>(filter);
        }

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
