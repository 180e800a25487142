using System.Globalization;
using Scim.Filter;
using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>
/// Evaluates a filter against stored resources for the in-memory store, with the attribute characteristics of the
/// resource type (strings compare per <c>caseExact</c>; a multi-valued attribute matches when any value does).
/// </summary>
internal sealed class InMemoryFilterMatcher
{
    private readonly FilterExpression _filter;
    private readonly ResourceTypeDefinition _resourceType;

    private InMemoryFilterMatcher(FilterExpression filter, ResourceTypeDefinition resourceType)
    {
        _filter = filter;
        _resourceType = resourceType;
    }

    public static InMemoryFilterMatcher Create(FilterExpression filter, ResourceTypeDefinition resourceType) => new(filter, resourceType);

    public bool Matches(ScimResource resource) => new Evaluation(_resourceType, resource.Attributes, null).Visit(_filter);

    private sealed class Evaluation(ResourceTypeDefinition type, ScimComplex scope, AttributeDefinition? scopeDefinition) : FilterVisitor<bool>
    {
        public override bool VisitLogical(LogicalExpression expression) => expression.Operator == LogicalOperator.And
            ? Visit(expression.Left) && Visit(expression.Right)
            : Visit(expression.Left) || Visit(expression.Right);

        public override bool VisitNot(NotExpression expression) => !Visit(expression.Operand);

        public override bool VisitPresent(PresentExpression expression) => IsPresent(Values(expression.Path));

        public override bool VisitComparison(ComparisonExpression expression)
        {
            var values = Values(expression.Path).ToList();
            if (expression.Value.Kind == FilterLiteralKind.Null)
            {
                var present = IsPresent(values);
                return expression.Operator == ComparisonOperator.NotEqual ? present : !present;
            }

            return expression.Operator == ComparisonOperator.NotEqual
                ? !values.Any(v => Compare(v, ComparisonOperator.Equal, expression.Value))
                : values.Any(v => Compare(v, expression.Operator, expression.Value));
        }

        public override bool VisitValuePath(ValuePathExpression expression)
        {
            var (value, definition) = Locate(expression.Path);
            var items = value switch
            {
                ScimMultiValue list => list.OfType<ScimComplex>(),
                ScimComplex complex => [complex],
                _ => [],
            };
            return items.Any(item => new Evaluation(type, item, definition).Visit(expression.Filter));
        }

        private static bool IsPresent(IEnumerable<(ScimValue Value, bool CaseExact)> values) =>
            values.Any(v => v.Value is not ScimString { Value.Length: 0 });

        private IEnumerable<(ScimValue Value, bool CaseExact)> Values(AttributePath path)
        {
            // Member values are resource ids, which compare exactly like "id" itself.
            var isMembers = string.Equals(scopeDefinition?.Name ?? path.Name, "members", StringComparison.OrdinalIgnoreCase);
            var (value, definition) = Locate(path);
            IEnumerable<ScimValue> items = value is ScimMultiValue list ? list : value is null ? [] : [value];
            foreach (var item in items)
            {
                if (path.SubAttribute is not null)
                {
                    if ((item as ScimComplex)?.Find(path.SubAttribute) is { } sub)
                    {
                        yield return (sub, CaseExact(definition?.FindSubAttribute(path.SubAttribute), isMembers));
                    }
                }
                else if (item is ScimComplex complex && definition?.MultiValued == true)
                {
                    if (complex.Find("value") is { } inner)
                    {
                        yield return (inner, CaseExact(definition.FindSubAttribute("value"), isMembers));
                    }
                }
                else
                {
                    yield return (item, CaseExact(definition, isMembers && scopeDefinition is not null));
                }
            }
        }

        private static bool CaseExact(AttributeDefinition? definition, bool memberValue) =>
            (definition?.CaseExact ?? false) || (memberValue && string.Equals(definition?.Name, "value", StringComparison.OrdinalIgnoreCase));

        private (ScimValue? Value, AttributeDefinition? Definition) Locate(AttributePath path)
        {
            if (scopeDefinition is not null)
            {
                // Inside a value filter: names are sub-attributes of one value.
                return (scope.Find(path.Name), scopeDefinition.FindSubAttribute(path.Name));
            }

            if (path.SchemaUrn is not null)
            {
                var schema = type.FindSchema(path.SchemaUrn);
                if (schema is null)
                {
                    return (null, null);
                }

                var container = string.Equals(schema.Id, type.Schema.Id, StringComparison.OrdinalIgnoreCase)
                    ? scope
                    : scope.Find(schema.Id) as ScimComplex;
                return (container?.Find(path.Name), schema.FindAttribute(path.Name));
            }

            if (type.Schema.FindAttribute(path.Name) is { } core)
            {
                return (scope.Find(path.Name), core);
            }

            if (CommonAttributes.Find(path.Name) is { } common)
            {
                return (scope.Find(path.Name), common);
            }

            foreach (var extension in type.Extensions)
            {
                if (extension.Schema.FindAttribute(path.Name) is { } attribute)
                {
                    return ((scope.Find(extension.Schema.Id) as ScimComplex)?.Find(path.Name), attribute);
                }
            }

            return (null, null);
        }

        private static bool Compare((ScimValue Value, bool CaseExact) operand, ComparisonOperator op, FilterLiteral literal)
        {
            var (value, caseExact) = operand;
            switch (value)
            {
                case ScimString or ScimReference or ScimBinary when literal.Kind == FilterLiteralKind.String:
                    return CompareText(value.ToString()!, literal.StringValue, op, caseExact || value is not ScimString);
                case ScimBoolean b when literal.Kind == FilterLiteralKind.Boolean:
                    return op == ComparisonOperator.Equal && b.Value == literal.BooleanValue;
                case ScimInteger or ScimDecimal when literal.Kind is FilterLiteralKind.Integer or FilterLiteralKind.Decimal:
                    var number = value is ScimInteger i ? i.Value : ((ScimDecimal)value).Value;
                    return Order(number.CompareTo(literal.NumericValue), op);
                case ScimDateTime d when literal.Kind == FilterLiteralKind.String
                    && DateTimeOffset.TryParse(literal.StringValue, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant):
                    return Order(d.Value.UtcDateTime.CompareTo(instant.UtcDateTime), op);
                default:
                    return false;
            }
        }

        /// <summary>
        /// Compares strings ordinally; a case-insensitive attribute compares the <see cref="ScimUniqueness"/> keys of
        /// both sides, so that a filter finds exactly the values that uniqueness considers the same.
        /// </summary>
        private static bool CompareText(string actual, string expected, ComparisonOperator op, bool caseExact)
        {
            if (!caseExact)
            {
                actual = ScimUniqueness.ComparisonKey(actual);
                expected = ScimUniqueness.ComparisonKey(expected);
            }

            const StringComparison comparison = StringComparison.Ordinal;
            return op switch
            {
                ComparisonOperator.Equal => string.Equals(actual, expected, comparison),
                ComparisonOperator.Contains => actual.Contains(expected, comparison),
                ComparisonOperator.StartsWith => actual.StartsWith(expected, comparison),
                ComparisonOperator.EndsWith => actual.EndsWith(expected, comparison),
                _ => Order(string.Compare(actual, expected, comparison), op),
            };
        }

        private static bool Order(int order, ComparisonOperator op) => op switch
        {
            ComparisonOperator.Equal => order == 0,
            ComparisonOperator.GreaterThan => order > 0,
            ComparisonOperator.GreaterThanOrEqual => order >= 0,
            ComparisonOperator.LessThan => order < 0,
            ComparisonOperator.LessThanOrEqual => order <= 0,
            _ => false,
        };
    }
}
