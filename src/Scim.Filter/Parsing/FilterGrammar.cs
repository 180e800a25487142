using System.Globalization;
using Superpower.Model;

namespace Scim.Filter.Parsing;

/// <summary>
/// The RFC 7644 §3.4.2.2 grammar as a recursive descent over the <see cref="FilterTokenizer"/>'s Superpower tokens,
/// layered so that <c>not</c> binds tighter than <c>and</c>, which binds tighter than <c>or</c>:
/// <code>
/// filter      = conjunction *("or" conjunction)
/// conjunction = unit *("and" unit)
/// unit        = "not" group / group / attrExp
/// group       = "(" filter ")"
/// attrExp     = attrPath ("pr" / compareOp compValue / "[" valFilter "]" ["." subAttr ("pr" / compareOp compValue)])
/// </code>
/// <c>valFilter</c> is the same grammar without nested brackets.
/// </summary>
/// <remarks>
/// <para>
/// The cursor is an index into the token span. Each alternative is chosen by looking at the next token, so nothing
/// is tried and undone, and a failure is recorded once (the token index and either a message or what was expected)
/// and unwinds as a <see langword="null"/> result. <see cref="FilterTokenParsers"/> wraps it as Superpower
/// <c>TokenListParser</c>s; <see cref="FilterParser"/> calls it directly on the pooled token array.
/// </para>
/// <para>
/// Why not Superpower's <c>TokenListParserResult</c> from layer to layer, as an earlier version did: each consumed
/// token built and copied a result of about a hundred bytes (two token lists, the token, error fields), which cost
/// more than the rest of the parse together. The <c>and</c>/<c>or</c> layers are loops, so a long chain never
/// recurses; nesting is bounded by <see cref="FilterComplexityLimits"/> before the descent starts.
/// </para>
/// </remarks>
internal ref struct FilterGrammar
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

    private readonly ReadOnlySpan<Token<FilterToken>> _tokens;
    private int _position;

    /// <summary>Starts a parse at the first of <paramref name="tokens"/>.</summary>
    public FilterGrammar(ReadOnlySpan<Token<FilterToken>> tokens)
    {
        _tokens = tokens;
    }

    /// <summary>The index of the next unconsumed token.</summary>
    public readonly int Position => _position;

    /// <summary>Whether every token has been consumed.</summary>
    public readonly bool IsAtEnd => _position >= _tokens.Length;

    /// <summary>After a failed parse: the index of the token where it failed (the token count for the end).</summary>
    public int FailureIndex { get; private set; }

    /// <summary>After a failed parse: a specific message, or <see langword="null"/> when
    /// <see cref="FailureExpectations"/> says what was expected.</summary>
    public string? FailureMessage { get; private set; }

    /// <summary>After a failed parse without a specific message: what was expected at <see cref="FailureIndex"/>.</summary>
    public string[]? FailureExpectations { get; private set; }

    /// <summary>Parses a filter from the current position; the caller checks <see cref="IsAtEnd"/>.</summary>
    public FilterExpression? ParseFilter() => ParseDisjunction(allowValuePath: true);

    /// <summary>Parses an attribute path (<c>attrPath</c>, <c>valuePath</c>, <c>valuePath.subAttr</c>); the caller checks
    /// <see cref="IsAtEnd"/>.</summary>
    public ScimPath? ParsePath()
    {
        if (PeekKind() != FilterToken.AttributePath)
        {
            return Fail<ScimPath>(_position, AttributeNameExpectations);
        }

        var attribute = AttributePath.FromValidatedText(TextOf(_tokens[_position++]));
        if (PeekKind() != FilterToken.LBracket)
        {
            return ScimPath.FromParsed(attribute, null, null);
        }

        _position++;
        var filter = ParseDisjunction(allowValuePath: false);
        if (filter is null)
        {
            return null;
        }

        if (PeekKind() != FilterToken.RBracket)
        {
            return Fail<ScimPath>(_position, CloseBracketExpectations);
        }

        _position++;
        if (PeekKind() != FilterToken.Period)
        {
            return ScimPath.FromParsed(attribute, filter, null);
        }

        _position++;
        var subAttribute = ParseSubAttributeName();
        return subAttribute is null ? null : ScimPath.FromParsed(attribute, filter, subAttribute);
    }

    /// <summary><c>filter = conjunction *("or" conjunction)</c>, left-associative and iterative.</summary>
    private FilterExpression? ParseDisjunction(bool allowValuePath)
    {
        var expression = ParseConjunction(allowValuePath);
        while (expression is not null && PeekKind() == FilterToken.Or)
        {
            _position++;
            var operand = ParseConjunction(allowValuePath);
            expression = operand is null ? null : new LogicalExpression(LogicalOperator.Or, expression, operand);
        }

        return expression;
    }

    /// <summary><c>conjunction = unit *("and" unit)</c>, left-associative and iterative.</summary>
    private FilterExpression? ParseConjunction(bool allowValuePath)
    {
        var expression = ParseUnit(allowValuePath);
        while (expression is not null && PeekKind() == FilterToken.And)
        {
            _position++;
            var operand = ParseUnit(allowValuePath);
            expression = operand is null ? null : new LogicalExpression(LogicalOperator.And, expression, operand);
        }

        return expression;
    }

    /// <summary><c>unit = "not" group / group / attrExp</c>, chosen by the next token.</summary>
    private FilterExpression? ParseUnit(bool allowValuePath)
    {
        switch (PeekKind())
        {
            case FilterToken.AttributePath:
                var path = AttributePath.FromValidatedText(TextOf(_tokens[_position++]));
                return ParseAttributeExpression(path, allowValuePath);
            case FilterToken.LParen:
                _position++;
                return ParseGroup(allowValuePath, negated: false);
            case FilterToken.Not:
                if (PeekKind(1) != FilterToken.LParen)
                {
                    return Fail<FilterExpression>(_position + 1, OpenParenExpectations);
                }

                _position += 2;
                return ParseGroup(allowValuePath, negated: true);
            default:
                return Fail<FilterExpression>(_position, UnitExpectations);
        }
    }

    /// <summary><c>group = "(" filter ")"</c> after the <c>(</c>.</summary>
    private FilterExpression? ParseGroup(bool allowValuePath, bool negated)
    {
        var inner = ParseDisjunction(allowValuePath);
        if (inner is null)
        {
            return null;
        }

        if (PeekKind() != FilterToken.RParen)
        {
            return Fail<FilterExpression>(_position, CloseParenExpectations);
        }

        _position++;
        return negated ? new NotExpression(inner) : inner;
    }

    /// <summary><c>attrExp</c> after its attribute path.</summary>
    private FilterExpression? ParseAttributeExpression(AttributePath path, bool allowValuePath)
    {
        if (PeekKind() == FilterToken.LBracket)
        {
            if (!allowValuePath)
            {
                return Fail<FilterExpression>(_position, "value filters cannot be nested");
            }

            _position++;
            return ParseValuePathRest(path);
        }

        return ParseOperation(path, allowValuePath ? OperatorOrBracketExpectations : OperatorExpectations);
    }

    /// <summary><c>"pr" / compareOp compValue</c>.</summary>
    private FilterExpression? ParseOperation(AttributePath path, string[] expectations)
    {
        var kind = PeekKind();
        if (kind == FilterToken.Pr)
        {
            _position++;
            return new PresentExpression(path);
        }

        if (kind is < FilterToken.Eq or > FilterToken.Le)
        {
            return Fail<FilterExpression>(_position, expectations);
        }

        _position++;
        var value = ParseComparisonValue();
        return value is null ? null : new ComparisonExpression(path, (ComparisonOperator)(kind - FilterToken.Eq), value);
    }

    /// <summary><c>"[" valFilter "]" ["." subAttr ("pr" / compareOp compValue)]</c> after the <c>[</c>.</summary>
    private FilterExpression? ParseValuePathRest(AttributePath path)
    {
        var inner = ParseDisjunction(allowValuePath: false);
        if (inner is null)
        {
            return null;
        }

        if (PeekKind() != FilterToken.RBracket)
        {
            return Fail<FilterExpression>(_position, CloseBracketExpectations);
        }

        _position++;
        if (PeekKind() != FilterToken.Period)
        {
            return ValuePathExpression.FromParsed(path, inner);
        }

        // Entra's form: emails[type eq "work"].value eq "x" means emails[type eq "work" and value eq "x"].
        _position++;
        var subAttribute = ParseSubAttributeName();
        if (subAttribute is null)
        {
            return null;
        }

        var operation = ParseOperation(new AttributePath(subAttribute), OperatorExpectations);
        return operation is null
            ? null
            : ValuePathExpression.FromParsed(path, new LogicalExpression(LogicalOperator.And, inner, operation));
    }

    private string? ParseSubAttributeName()
    {
        if (PeekKind() == FilterToken.AttributePath)
        {
            var text = TextOf(_tokens[_position]);
            if (AttributeNameSyntax.IsAttributeName(text))
            {
                _position++;
                return text.ToString();
            }
        }

        return Fail<string>(_position, SubAttributeExpectations);
    }

    private FilterLiteral? ParseComparisonValue()
    {
        if (_position >= _tokens.Length)
        {
            return Fail<FilterLiteral>(_position, ValueExpectations);
        }

        var token = _tokens[_position];
        var text = TextOf(token);
        FilterLiteral? literal;
        switch (token.Kind)
        {
            case FilterToken.String:
                literal = FilterLiteral.FromValidatedString(JsonStringSyntax.Decode(text[1..^1]));
                break;
            case FilterToken.True:
                literal = FilterLiteral.True;
                break;
            case FilterToken.False:
                literal = FilterLiteral.False;
                break;
            case FilterToken.Null:
                literal = FilterLiteral.Null;
                break;
            case FilterToken.Number:
                literal = ParseNumber(text);
                break;
            case FilterToken.UnquotedString:
                var unquoted = text.ToString();
                literal = JsonStringSyntax.HasLoneSurrogate(unquoted)
                    ? Fail<FilterLiteral>(_position, "an unquoted value contains a lone surrogate character")
                    : FilterLiteral.FromValidatedString(unquoted);
                break;
            case FilterToken.AttributePath or FilterToken.Unrecognized:
                return Fail<FilterLiteral>(_position, string.Create(
                    CultureInfo.InvariantCulture,
                    $"the value {Excerpt.Of(text)} must be quoted as a JSON string (or be true, false, null or a number)"));
            default:
                return Fail<FilterLiteral>(_position, ValueExpectations);
        }

        if (literal is not null)
        {
            _position++;
        }

        return literal;
    }

    private FilterLiteral? ParseNumber(scoped ReadOnlySpan<char> text)
    {
        if (JsonNumberSyntax.IsInteger(text))
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                return FilterLiteral.FromInteger(integer);
            }
        }
        else if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return FilterLiteral.FromDecimal(number);
        }

        return Fail<FilterLiteral>(_position, string.Create(
            CultureInfo.InvariantCulture, $"the number {Excerpt.Of(text)} is out of range"));
    }

    private readonly FilterToken PeekKind() => _position < _tokens.Length ? _tokens[_position].Kind : FilterToken.None;

    private readonly FilterToken PeekKind(int ahead) =>
        _position + ahead < _tokens.Length ? _tokens[_position + ahead].Kind : FilterToken.None;

    private static ReadOnlySpan<char> TextOf(in Token<FilterToken> token) =>
        token.Span.Source.AsSpan(token.Span.Position.Absolute, token.Span.Length);

    private T? Fail<T>(int index, string[] expectations)
        where T : class
    {
        FailureIndex = index;
        FailureMessage = null;
        FailureExpectations = expectations;
        return null;
    }

    private T? Fail<T>(int index, string message)
        where T : class
    {
        FailureIndex = index;
        FailureMessage = message;
        FailureExpectations = null;
        return null;
    }
}
