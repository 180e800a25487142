using System.Text;
using Scim.Filter.Binding;
using Scim.Schema;

namespace Scim.Filter.Evaluation;

/// <summary>
/// Evaluates a bound filter over the document model. A multi-valued attribute matches when any of its values does;
/// absent values match nothing except through <c>not</c> (so <c>ne</c>, bound as <c>not eq</c>, matches them).
/// Strings compare ordinally; for attributes that are not caseExact, their <see cref="ScimStringNormalization"/> normal forms.
/// </summary>
internal static class FilterEvaluator
{
    /// <summary>Evaluates <paramref name="node"/> with <paramref name="scope"/> as the object relative paths read from.</summary>
    public static bool Evaluate(BoundNode node, ScimComplex scope, ScimResource? resource)
    {
        switch (node)
        {
            case BoundComparison comparison:
                return AnyComparison(Read(comparison.Attribute, scope, resource), comparison);
            case BoundLogical logical:
                return logical.Operator == LogicalOperator.And
                    ? Evaluate(logical.Left, scope, resource) && Evaluate(logical.Right, scope, resource)
                    : Evaluate(logical.Left, scope, resource) || Evaluate(logical.Right, scope, resource);
            case BoundNegation negation:
                return !Evaluate(negation.Operand, scope, resource);
            case BoundPresence presence:
                return AnyPresent(Read(presence.Attribute, scope, resource), presence.Attribute.SubAttribute);
            case BoundValueFilter valueFilter when !valueFilter.Attribute.Attribute.MultiValued:
                // A value filter on a single-valued complex attribute reads like its sub-attribute paths
                // (size[unit eq "cm"] is size.unit eq "cm"); an absent object reads as an empty one.
                return Evaluate(valueFilter.Filter, Read(valueFilter.Attribute, scope, resource) as ScimComplex ?? ScimComplex.Empty, resource);
            case BoundValueFilter valueFilter:
                return AnyElement(Read(valueFilter.Attribute, scope, resource), valueFilter.Filter, resource);
            default:
                throw new InvalidOperationException($"Unknown bound node {node.GetType().Name}.");
        }
    }

    private static bool AnyComparison(ScimValue? value, BoundComparison comparison)
    {
        var subAttribute = comparison.Attribute.SubAttribute;
        if (value is not ScimMultiValue values)
        {
            return Compare(Select(value, subAttribute), comparison);
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (Compare(Select(values[i], subAttribute), comparison))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyPresent(ScimValue? value, AttributeDefinition? subAttribute)
    {
        if (value is not ScimMultiValue values)
        {
            return IsPresent(Select(value, subAttribute));
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (IsPresent(Select(values[i], subAttribute)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyElement(ScimValue? value, BoundNode filter, ScimResource? resource)
    {
        if (value is not ScimMultiValue values)
        {
            return value is ScimComplex single && Evaluate(filter, single, resource);
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is ScimComplex element && Evaluate(filter, element, resource))
            {
                return true;
            }
        }

        return false;
    }

    internal static ScimValue? Read(ResolvedAttribute attribute, ScimComplex scope, ScimResource? resource)
    {
        if (attribute.IsSchemas)
        {
            // Only top-level paths name "schemas"; they are evaluated with the resource.
            return resource is null ? null : ScimMultiValue.Create(resource.Schemas.Select(urn => (ScimValue)new ScimReference(urn)));
        }

        if (attribute.ExtensionUrn is not null)
        {
            return (scope.Find(attribute.ExtensionUrn) as ScimComplex)?.Find(attribute.Attribute.Name);
        }

        return scope.Find(attribute.Attribute.Name);
    }

    internal static ScimValue? Select(ScimValue? value, AttributeDefinition? subAttribute) =>
        subAttribute is null ? value : (value as ScimComplex)?.Find(subAttribute.Name);

    private static bool IsPresent(ScimValue? value) => value switch
    {
        null => false,
        ScimString text => text.Value.Length > 0,
        ScimReference reference => reference.Value.Length > 0,
        ScimBinary binary => binary.Base64.Length > 0,
        ScimMultiValue values => values.Count > 0,
        ScimComplex complex => complex.Count > 0,
        _ => true,
    };

    private static bool Compare(ScimValue? actual, BoundComparison comparison)
    {
        if (actual is null)
        {
            return false;
        }

        var expected = comparison.Value;
        int order;
        switch (expected.Type)
        {
            case AttributeType.String or AttributeType.Reference or AttributeType.Binary:
                var text = actual switch
                {
                    ScimString s => s.Value,
                    ScimReference r => r.Value,
                    ScimBinary b => b.Base64,
                    _ => null,
                };
                if (text is null)
                {
                    return false;
                }

                var expectedText = expected.Text!;
                if (expected.NormalizedText is not null)
                {
                    // Not caseExact: compare normal forms (ScimStringNormalization), the rule uniqueness uses too.
                    expectedText = expected.NormalizedText;
                    if (!IsLowerAscii(text))
                    {
                        if (comparison.Operator is ComparisonOperator.Equal or ComparisonOperator.Contains
                            or ComparisonOperator.StartsWith or ComparisonOperator.EndsWith
                            && Ascii.IsValid(text) && Ascii.IsValid(expectedText))
                        {
                            // The normal form of ASCII text is its lower case, so for equality and substring tests
                            // OrdinalIgnoreCase decides exactly as comparing normal forms would, without building one
                            // per value. (Ordering differs: '_' sorts before 'a' but after 'A'; it takes the path below.)
                            return MatchesIgnoringAsciiCase(comparison.Operator, text, expectedText);
                        }

                        text = ScimStringNormalization.Normalize(text);
                    }
                }

                switch (comparison.Operator)
                {
                    case ComparisonOperator.Equal: return string.Equals(text, expectedText, StringComparison.Ordinal);
                    case ComparisonOperator.Contains: return text.Contains(expectedText, StringComparison.Ordinal);
                    case ComparisonOperator.StartsWith: return text.StartsWith(expectedText, StringComparison.Ordinal);
                    case ComparisonOperator.EndsWith: return text.EndsWith(expectedText, StringComparison.Ordinal);
                }

                order = string.CompareOrdinal(text, expectedText);
                break;
            case AttributeType.Boolean:
                return actual is ScimBoolean flag && flag.Value == expected.Boolean;
            case AttributeType.Integer:
                if (actual is ScimInteger integer)
                {
                    order = integer.Value.CompareTo(expected.Integer);
                }
                else if (actual is ScimDecimal fractional)
                {
                    order = fractional.Value.CompareTo(expected.Integer);
                }
                else
                {
                    return false;
                }

                break;
            case AttributeType.Decimal:
                if (actual is ScimDecimal number)
                {
                    order = number.Value.CompareTo(expected.Decimal);
                }
                else if (actual is ScimInteger whole)
                {
                    order = ((decimal)whole.Value).CompareTo(expected.Decimal);
                }
                else
                {
                    return false;
                }

                break;
            case AttributeType.DateTime:
                if (actual is not ScimDateTime instant)
                {
                    return false;
                }

                order = instant.Value.CompareTo(expected.DateTime);
                break;
            default:
                return false;
        }

        return comparison.Operator switch
        {
            ComparisonOperator.Equal => order == 0,
            ComparisonOperator.GreaterThan => order > 0,
            ComparisonOperator.GreaterThanOrEqual => order >= 0,
            ComparisonOperator.LessThan => order < 0,
            ComparisonOperator.LessThanOrEqual => order <= 0,
            _ => false,
        };
    }

    /// <summary>Lower-case ASCII text is its own normal form (the common case: e-mail addresses, most user names).</summary>
    private static bool IsLowerAscii(string text) => Ascii.IsValid(text) && !text.AsSpan().ContainsAnyInRange('A', 'Z');

    private static bool MatchesIgnoringAsciiCase(ComparisonOperator @operator, string text, string expected) => @operator switch
    {
        ComparisonOperator.Equal => string.Equals(text, expected, StringComparison.OrdinalIgnoreCase),
        ComparisonOperator.Contains => text.Contains(expected, StringComparison.OrdinalIgnoreCase),
        ComparisonOperator.StartsWith => text.StartsWith(expected, StringComparison.OrdinalIgnoreCase),
        ComparisonOperator.EndsWith => text.EndsWith(expected, StringComparison.OrdinalIgnoreCase),
        _ => throw new ArgumentOutOfRangeException(nameof(@operator)),
    };
}
