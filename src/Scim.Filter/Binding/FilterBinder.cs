using System.Buffers.Text;
using System.Globalization;
using Scim.Filter.Parsing;
using Scim.Schema;

namespace Scim.Filter.Binding;

/// <summary>
/// Binds a parsed filter to a resource type: resolves every attribute path (core schema first, then the common
/// attributes <c>id</c>/<c>externalId</c>/<c>meta</c>, then <c>schemas</c>, then extension schemas, or the schema a URN
/// names), refuses attributes that are never returned (<c>password</c>), and type-checks each comparison.
/// Every refusal is a <see cref="ScimException"/> with <c>invalidFilter</c>.
/// </summary>
internal sealed class FilterBinder : FilterVisitor<BoundNode>
{
    /// <summary>The <c>schemas</c> attribute every resource carries (RFC 7643 §3); URNs compare case-insensitively.</summary>
    internal static readonly AttributeDefinition SchemasAttribute = new("schemas", AttributeType.Reference)
    {
        MultiValued = true,
        CaseExact = false,
    };

    private readonly ResourceTypeDefinition _resourceType;
    private readonly AttributeDefinition? _parent;

    private FilterBinder(ResourceTypeDefinition resourceType, AttributeDefinition? parent)
    {
        _resourceType = resourceType;
        _parent = parent;
    }

    /// <summary>Binds <paramref name="filter"/> to <paramref name="resourceType"/>.</summary>
    public static BoundNode Bind(FilterExpression filter, ResourceTypeDefinition resourceType) =>
        new FilterBinder(resourceType, null).Visit(filter);

    /// <summary>Binds the filter of a value path to one value of the complex attribute <paramref name="parent"/>.</summary>
    public static BoundNode BindElementFilter(FilterExpression filter, ResourceTypeDefinition resourceType, AttributeDefinition parent) =>
        new FilterBinder(resourceType, parent).Visit(filter);

    /// <summary>Resolves a top-level attribute path for a comparison or presence test.</summary>
    public static ResolvedAttribute Resolve(AttributePath path, ResourceTypeDefinition resourceType) =>
        new FilterBinder(resourceType, null).Resolve(path, forComparison: true);

    public override BoundNode VisitComparison(ComparisonExpression expression)
    {
        var attribute = Resolve(expression.Path, forComparison: true);
        var @operator = expression.Operator;
        var literal = expression.Value;
        if (literal.Kind == FilterLiteralKind.Null)
        {
            return @operator switch
            {
                ComparisonOperator.Equal => new BoundNegation(new BoundPresence(attribute)),
                ComparisonOperator.NotEqual => new BoundPresence(attribute),
                _ => throw Invalid($"Only `eq` and `ne` can compare `{attribute.DisplayName}` with null."),
            };
        }

        CheckOperator(attribute, @operator);
        var value = Convert(attribute, literal);
        return @operator == ComparisonOperator.NotEqual
            ? new BoundNegation(new BoundComparison(attribute, ComparisonOperator.Equal, value))
            : new BoundComparison(attribute, @operator, value);
    }

    public override BoundNode VisitPresent(PresentExpression expression) => new BoundPresence(Resolve(expression.Path, forComparison: false));

    public override BoundNode VisitLogical(LogicalExpression expression) =>
        new BoundLogical(expression.Operator, Visit(expression.Left), Visit(expression.Right));

    public override BoundNode VisitNot(NotExpression expression) => new BoundNegation(Visit(expression.Operand));

    public override BoundNode VisitValuePath(ValuePathExpression expression)
    {
        if (expression.Path.SubAttribute is not null)
        {
            throw Invalid($"A value filter applies to a complex attribute, not to the sub-attribute {Excerpt.Of(expression.Path.ToString())}.");
        }

        var attribute = Resolve(expression.Path, forComparison: false);
        if (attribute.Attribute.Type != AttributeType.Complex)
        {
            throw Invalid($"A value filter applies to a complex attribute; `{attribute.Attribute.Name}` is not complex.");
        }

        var inner = new FilterBinder(_resourceType, attribute.Attribute).Visit(expression.Filter);
        return new BoundValueFilter(attribute, inner);
    }

    private static ScimException Invalid(string detail) => ScimException.InvalidFilter(detail);

    private static string Describe(AttributeType type) => type switch
    {
        AttributeType.DateTime => "dateTime",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static void CheckOperator(ResolvedAttribute attribute, ComparisonOperator @operator)
    {
        var type = attribute.Target.Type;
        switch (@operator)
        {
            case ComparisonOperator.Contains or ComparisonOperator.StartsWith or ComparisonOperator.EndsWith
                when type is not (AttributeType.String or AttributeType.Reference):
                throw Invalid($"The operator `{ComparisonOperatorText.Of(@operator)}` applies to string and reference attributes; `{attribute.DisplayName}` is {Describe(type)}.");
            case ComparisonOperator.GreaterThan or ComparisonOperator.GreaterThanOrEqual or ComparisonOperator.LessThan or ComparisonOperator.LessThanOrEqual
                when type is AttributeType.Boolean or AttributeType.Binary or AttributeType.Complex:
                throw Invalid($"The operator `{ComparisonOperatorText.Of(@operator)}` cannot order the {Describe(type)} attribute `{attribute.DisplayName}`.");
        }
    }

    private static ComparisonValue Convert(ResolvedAttribute attribute, FilterLiteral literal)
    {
        var type = attribute.Target.Type;
        switch (type)
        {
            case AttributeType.String or AttributeType.Reference when literal.Kind == FilterLiteralKind.String:
                return ComparisonValue.FromText(type, literal.StringValue, attribute.Target.CaseExact);
            case AttributeType.Binary when literal.Kind == FilterLiteralKind.String:
                return Base64.IsValid(literal.StringValue)
                    ? ComparisonValue.FromText(type, literal.StringValue, caseExact: true)
                    : throw Invalid($"The value for the binary attribute `{attribute.DisplayName}` is not valid base64.");
            case AttributeType.Boolean when literal.Kind == FilterLiteralKind.Boolean:
                return ComparisonValue.FromBoolean(literal.BooleanValue);
            case AttributeType.Boolean when literal.Kind == FilterLiteralKind.String && bool.TryParse(literal.StringValue, out var quoted):
                // Entra sends roles[primary eq "True"]: a quoted boolean is read as the boolean.
                return ComparisonValue.FromBoolean(quoted);
            case AttributeType.Integer when literal.Kind == FilterLiteralKind.Integer:
                return ComparisonValue.FromInteger(literal.IntegerValue);
            case AttributeType.Decimal when literal.Kind is FilterLiteralKind.Integer or FilterLiteralKind.Decimal:
                return ComparisonValue.FromDecimal(literal.NumericValue);
            case AttributeType.DateTime when literal.Kind == FilterLiteralKind.String:
                return TryParseDateTime(literal.StringValue, out var instant)
                    ? ComparisonValue.FromDateTime(instant)
                    : throw Invalid($"The value for the dateTime attribute `{attribute.DisplayName}` is not an xsd:dateTime such as \"2011-05-13T04:42:34Z\".");
            default:
                throw Invalid($"The {Describe(type)} attribute `{attribute.DisplayName}` cannot be compared with {DescribeLiteral(literal)}.");
        }
    }

    private static string DescribeLiteral(FilterLiteral literal) => literal.Kind switch
    {
        FilterLiteralKind.String => "a string",
        FilterLiteralKind.Boolean => "a boolean",
        FilterLiteralKind.Integer => "an integer",
        FilterLiteralKind.Decimal => "a decimal",
        _ => "null",
    };

    private static bool TryParseDateTime(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(
            text,
            ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal,
            out value);

    private ResolvedAttribute Resolve(AttributePath path, bool forComparison)
    {
        if (_parent is not null)
        {
            return ResolveRelative(path);
        }

        string? extensionUrn = null;
        AttributeDefinition? attribute;
        var isSchemas = false;
        if (path.SchemaUrn is not null)
        {
            var schema = _resourceType.FindSchema(path.SchemaUrn)
                ?? throw Invalid($"The filter names the schema {Excerpt.Of(path.SchemaUrn)}, which {_resourceType.Name} resources do not use.");
            var isCore = ReferenceEquals(schema, _resourceType.Schema);
            extensionUrn = isCore ? null : schema.Id;
            attribute = schema.FindAttribute(path.Name) ?? (isCore ? CommonAttributes.Find(path.Name) : null);
        }
        else
        {
            attribute = _resourceType.Schema.FindAttribute(path.Name) ?? CommonAttributes.Find(path.Name);
            if (attribute is null && string.Equals(path.Name, "schemas", StringComparison.OrdinalIgnoreCase))
            {
                attribute = SchemasAttribute;
                isSchemas = true;
            }

            if (attribute is null)
            {
                foreach (var extension in _resourceType.Extensions)
                {
                    attribute = extension.Schema.FindAttribute(path.Name);
                    if (attribute is not null)
                    {
                        extensionUrn = extension.Schema.Id;
                        break;
                    }
                }
            }
        }

        if (attribute is null)
        {
            throw Invalid($"The filter names the attribute {Excerpt.Of(path.Name)}, which {_resourceType.Name} resources do not have.");
        }

        RefuseNeverReturned(attribute);
        var subAttribute = ResolveSubAttribute(attribute, path.SubAttribute, forComparison);
        return new ResolvedAttribute(extensionUrn, attribute, subAttribute, relative: false, isSchemas);
    }

    private ResolvedAttribute ResolveRelative(AttributePath path)
    {
        if (path.SchemaUrn is not null)
        {
            throw Invalid($"Inside the value filter of `{_parent!.Name}`, name its sub-attributes without a schema URN.");
        }

        var attribute = _parent!.FindSubAttribute(path.Name)
            ?? throw Invalid($"The attribute `{_parent.Name}` has no sub-attribute {Excerpt.Of(path.Name)}.");
        RefuseNeverReturned(attribute);
        if (path.SubAttribute is not null)
        {
            throw Invalid($"The sub-attribute `{_parent.Name}.{attribute.Name}` has no sub-attributes.");
        }

        return new ResolvedAttribute(null, attribute, null, relative: true, isSchemas: false);
    }

    private static AttributeDefinition? ResolveSubAttribute(AttributeDefinition attribute, string? name, bool forComparison)
    {
        if (name is null)
        {
            if (!forComparison || attribute.Type != AttributeType.Complex)
            {
                return null;
            }

            // A complex attribute without a sub-attribute compares its "value" sub-attribute (emails eq "x").
            var value = attribute.FindSubAttribute("value")
                ?? throw Invalid($"Compare a sub-attribute of the complex attribute `{attribute.Name}`, such as `{attribute.Name}.{attribute.SubAttributes.FirstOrDefault()?.Name ?? "value"}`.");
            RefuseNeverReturned(value);
            return value;
        }

        if (attribute.Type != AttributeType.Complex)
        {
            throw Invalid($"The attribute `{attribute.Name}` has no sub-attributes.");
        }

        var subAttribute = attribute.FindSubAttribute(name)
            ?? throw Invalid($"The attribute `{attribute.Name}` has no sub-attribute {Excerpt.Of(name)}.");
        RefuseNeverReturned(subAttribute);
        return subAttribute;
    }

    private static void RefuseNeverReturned(AttributeDefinition attribute)
    {
        if (attribute.Returned == Returned.Never)
        {
            throw Invalid($"The attribute `{attribute.Name}` cannot be used in a filter.");
        }
    }
}
