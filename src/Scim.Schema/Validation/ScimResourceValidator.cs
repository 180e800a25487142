namespace Scim.Schema;

/// <summary>
/// Validates a resource against its resource type on create (POST) and replace (PUT), RFC 7643 §2 and §7 and
/// RFC 7644 §3.3 and §3.5.1, and returns the resource to store.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Read-only attributes in the input (<c>id</c>, <c>meta</c>, <c>groups</c>, <c>manager.displayName</c>) are
/// ignored: removed on create; on replace the existing resource's top-level read-only values are kept.</item>
/// <item>Every value must have its attribute's type (a <see cref="ScimString"/> for a string, a
/// <see cref="ScimMultiValue"/> for a multi-valued attribute...), every name must be declared by the schema, and a
/// multi-valued attribute may have at most one value with <c>primary: true</c> (RFC 7643 §2.4): 400
/// <c>invalidValue</c> otherwise. The reader already guarantees this for parsed input; resources built in code get
/// the same check.</item>
/// <item>Required attributes, required sub-attributes of present complex values, and the required attributes of
/// required extensions must have a value (an empty or blank string counts as none): 400 <c>invalidValue</c>.
/// Required read-only attributes are the service provider's to set and are not checked.</item>
/// <item>With <see cref="AttributeDefinition.CanonicalValuesEnforced"/>, a string outside the canonical values
/// (compared per <c>caseExact</c>) is 400 <c>invalidValue</c>.</item>
/// <item>On replace, an immutable attribute that already has a value must keep it: a different value is 400
/// <c>mutability</c>; an omitted one keeps the existing value. This applies to top-level attributes and to
/// sub-attributes of single-valued complex attributes that the input sends (omitting the read-write parent removes
/// it whole); the immutable sub-attributes of a multi-valued attribute
/// (<c>members.value</c>) describe each value, and replacing the list is governed by the list's own mutability.</item>
/// <item>Uniqueness is declared (<see cref="ResourceTypeDefinition.UniqueAttributes"/>) and enforced by stores.</item>
/// </list>
/// </remarks>
public static class ScimResourceValidator
{
    /// <summary>Validates a resource for create and returns it without read-only values.</summary>
    /// <param name="resource">The resource from the request.</param>
    /// <returns>The resource to store (before the service provider assigns <c>id</c> and <c>meta</c>).</returns>
    /// <exception cref="ScimException">400 <c>invalidValue</c>: a required value is missing, a value has the wrong type or is not allowed.</exception>
    public static ScimResource ValidateCreate(ScimResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var input = RemoveReadOnly(resource);
        Check(input);
        return input;
    }

    /// <summary>Validates a full replacement (PUT) of <paramref name="existing"/> and returns the resource to store.</summary>
    /// <param name="existing">The stored resource.</param>
    /// <param name="replacement">The resource from the request.</param>
    /// <returns>The replacement without client read-only values, with the existing read-only values and omitted immutable values carried over.</returns>
    /// <exception cref="ArgumentException">The two resources are of different resource types.</exception>
    /// <exception cref="ScimException">400 <c>mutability</c> when an immutable value changes; 400 <c>invalidValue</c> as on create.</exception>
    public static ScimResource ValidateReplace(ScimResource existing, ScimResource replacement)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(replacement);
        if (!string.Equals(existing.ResourceType.Name, replacement.ResourceType.Name, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Cannot replace a {existing.ResourceType.Name} with a {replacement.ResourceType.Name}.", nameof(replacement));
        }

        var input = RemoveReadOnly(replacement);
        input = KeepImmutable(existing, input);
        input = CarryReadOnly(existing, input);
        Check(input);
        return input;
    }

    /// <summary>Returns the resource without read-only attributes and read-only sub-attributes (what RFC 7644 §3.3 says to ignore in input).</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>The resource without read-only values (the same instance when it has none).</returns>
    public static ScimResource RemoveReadOnly(ScimResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var type = resource.ResourceType;
        var attributes = resource.Attributes;
        foreach (var (name, value) in resource.Attributes)
        {
            if (name.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
            {
                var extension = type.FindExtension(name);
                if (extension is not null && value is ScimComplex extensionValues)
                {
                    var cleaned = RemoveReadOnly(extensionValues, extension.FindAttribute);
                    attributes = attributes.With(name, cleaned.Count == 0 ? null : cleaned);
                }

                continue;
            }

            var attribute = type.Schema.FindAttribute(name) ?? CommonAttributes.Find(name);
            if (attribute is not null)
            {
                attributes = attributes.With(name, RemoveReadOnly(attribute, value));
            }
        }

        return resource.WithAttributes(attributes);
    }

    private static ScimValue? RemoveReadOnly(AttributeDefinition attribute, ScimValue value)
    {
        if (attribute.Mutability == Mutability.ReadOnly)
        {
            return null;
        }

        if (attribute.Type != AttributeType.Complex || !attribute.SubAttributes.Any(s => s.Mutability == Mutability.ReadOnly))
        {
            return value;
        }

        switch (value)
        {
            case ScimComplex complex:
                var cleaned = RemoveReadOnly(complex, attribute.FindSubAttribute);
                return cleaned.Count == 0 ? null : cleaned;
            case ScimMultiValue list:
                var items = list.Select(item => item is ScimComplex c ? RemoveReadOnly(c, attribute.FindSubAttribute) : item)
                    .Where(item => item is not ScimComplex { Count: 0 })
                    .ToArray();
                return items.Length == 0 ? null : ScimMultiValue.FromOwnedArray(items);
            default:
                return value;
        }
    }

    private static ScimComplex RemoveReadOnly(ScimComplex complex, Func<string, AttributeDefinition?> find)
    {
        var result = complex;
        foreach (var (name, value) in complex)
        {
            var attribute = find(name);
            if (attribute is not null)
            {
                result = result.With(name, RemoveReadOnly(attribute, value));
            }
        }

        return result;
    }

    private static ScimResource CarryReadOnly(ScimResource existing, ScimResource input)
    {
        var type = input.ResourceType;
        foreach (var attribute in type.Schema.Attributes.Concat(CommonAttributes.All))
        {
            if (attribute.Mutability == Mutability.ReadOnly)
            {
                input = input.With(attribute.Name, existing.Attributes.Find(attribute.Name));
            }
        }

        foreach (var extension in type.Extensions)
        {
            foreach (var attribute in extension.Schema.Attributes)
            {
                if (attribute.Mutability == Mutability.ReadOnly)
                {
                    input = input.WithValue(extension.Schema, attribute.Name, existing.GetValue(extension.Schema, attribute.Name));
                }
            }
        }

        return input;
    }

    private static ScimResource KeepImmutable(ScimResource existing, ScimResource input)
    {
        var type = input.ResourceType;
        foreach (var schema in type.Extensions.Select(e => e.Schema).Prepend(type.Schema))
        {
            var prefix = ReferenceEquals(schema, type.Schema) ? string.Empty : schema.Id + ":";
            foreach (var attribute in schema.Attributes)
            {
                var before = existing.GetValue(schema, attribute.Name);
                if (before is null)
                {
                    continue;
                }

                var after = input.GetValue(schema, attribute.Name);
                if (attribute.Mutability == Mutability.Immutable)
                {
                    if (after is null)
                    {
                        input = input.WithValue(schema, attribute.Name, before);
                    }
                    else if (!Matches(attribute, before, after))
                    {
                        throw ScimException.Mutability($"Attribute '{prefix}{attribute.Name}' is immutable and already has a value.");
                    }
                }
                else if (attribute is { Type: AttributeType.Complex, MultiValued: false } && before is ScimComplex beforeComplex
                    && after is ScimComplex afterComplex)
                {
                    // Only when the input sends the parent: omitting a read-write complex attribute removes it whole.
                    foreach (var sub in attribute.SubAttributes)
                    {
                        var subBefore = sub.Mutability == Mutability.Immutable ? beforeComplex.Find(sub.Name) : null;
                        if (subBefore is null)
                        {
                            continue;
                        }

                        var subAfter = afterComplex.Find(sub.Name);
                        if (subAfter is null)
                        {
                            afterComplex = afterComplex.With(sub.Name, subBefore);
                            input = input.WithValue(schema, attribute.Name, afterComplex);
                        }
                        else if (!Matches(sub, subBefore, subAfter))
                        {
                            throw ScimException.Mutability($"Attribute '{prefix}{attribute.Name}.{sub.Name}' is immutable and already has a value.");
                        }
                    }
                }
            }
        }

        return input;
    }

    private static bool Matches(AttributeDefinition attribute, ScimValue before, ScimValue after)
    {
        if (before is ScimMultiValue beforeList && after is ScimMultiValue afterList)
        {
            return beforeList.Count == afterList.Count
                && afterList.All(a => beforeList.Any(b => MatchesSingle(attribute, b, a)))
                && beforeList.All(b => afterList.Any(a => MatchesSingle(attribute, b, a)));
        }

        return MatchesSingle(attribute, before, after);
    }

    private static bool MatchesSingle(AttributeDefinition attribute, ScimValue before, ScimValue after) =>
        before is ScimString b && after is ScimString a && !attribute.CaseExact
            ? ScimStringNormalization.AreEqual(b.Value, a.Value)
            : before.Equals(after);

    private static void Check(ScimResource resource)
    {
        var type = resource.ResourceType;
        foreach (var (name, value) in resource.Attributes)
        {
            if (name.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
            {
                var extension = type.FindExtension(name)
                    ?? throw ScimException.InvalidValue($"The schema '{ScimJsonReader.Excerpt(name)}' is not an extension of resource type '{type.Name}'.");
                if (value is not ScimComplex extensionValues)
                {
                    throw ScimException.InvalidValue($"The extension '{extension.Id}' must be a complex value.");
                }

                foreach (var (subName, subValue) in extensionValues)
                {
                    var attribute = extension.FindAttribute(subName)
                        ?? throw NotDefined(extension.Id + ":" + subName);
                    CheckValue(attribute, subValue, extension.Id + ":" + attribute.Name);
                }

                continue;
            }

            var definition = type.Schema.FindAttribute(name) ?? CommonAttributes.Find(name) ?? throw NotDefined(name);
            CheckValue(definition, value, definition.Name);
        }

        CheckRequired(type.Schema.Attributes, resource.Attributes, string.Empty);
        foreach (var extension in type.Extensions)
        {
            var values = resource.GetExtension(extension.Schema.Id);
            if (values is not null || extension.Required)
            {
                // A required extension is always listed in schemas; its required attributes must be present.
                CheckRequired(extension.Schema.Attributes, values ?? ScimComplex.Empty, extension.Schema.Id + ":");
            }
        }
    }

    private static void CheckValue(AttributeDefinition attribute, ScimValue value, string path)
    {
        if (attribute.MultiValued)
        {
            if (value is not ScimMultiValue list)
            {
                throw ScimException.InvalidValue($"Attribute '{path}' is multi-valued and expects a list of values.");
            }

            var primaries = 0;
            foreach (var item in list)
            {
                CheckSingle(attribute, item, path);
                if (item is ScimComplex complex && complex.Find("primary") is ScimBoolean { Value: true } && ++primaries > 1)
                {
                    throw ScimException.InvalidValue($"Attribute '{path}' has more than one value with 'primary' true.");
                }
            }

            return;
        }

        if (value is ScimMultiValue)
        {
            throw ScimException.InvalidValue($"Attribute '{path}' is single-valued and cannot hold a list.");
        }

        CheckSingle(attribute, value, path);
    }

    private static void CheckSingle(AttributeDefinition attribute, ScimValue value, string path)
    {
        if (value.Kind != KindOf(attribute.Type))
        {
            throw ScimException.InvalidValue($"Attribute '{path}' expects a value of type {CharacteristicKeywords.Of(attribute.Type)}.");
        }

        if (value is ScimComplex complex)
        {
            foreach (var (name, subValue) in complex)
            {
                var sub = attribute.FindSubAttribute(name) ?? throw NotDefined(path + "." + name);
                CheckValue(sub, subValue, path + "." + sub.Name);
            }

            CheckRequired(attribute.SubAttributes, complex, path + ".");
            return;
        }

        if (attribute.CanonicalValuesEnforced && value is ScimString text)
        {
            if (!attribute.CanonicalValues.Any(c => ScimStringNormalization.AreEqual(c, text.Value, attribute.CaseExact)))
            {
                throw ScimException.InvalidValue($"Attribute '{path}' must be one of: {string.Join(", ", attribute.CanonicalValues)}.");
            }
        }
    }

    private static void CheckRequired(IReadOnlyList<AttributeDefinition> attributes, ScimComplex values, string prefix)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Required && attribute.Mutability != Mutability.ReadOnly && IsMissing(values.Find(attribute.Name)))
            {
                throw ScimException.InvalidValue($"Attribute '{prefix}{attribute.Name}' is required.");
            }
        }
    }

    private static bool IsMissing(ScimValue? value) => value switch
    {
        null => true,
        ScimString s => string.IsNullOrWhiteSpace(s.Value),
        ScimMultiValue { Count: 0 } => true,
        ScimComplex { Count: 0 } => true,
        _ => false,
    };

    private static ScimValueKind KindOf(AttributeType type) => type switch
    {
        AttributeType.String => ScimValueKind.String,
        AttributeType.Boolean => ScimValueKind.Boolean,
        AttributeType.Decimal => ScimValueKind.Decimal,
        AttributeType.Integer => ScimValueKind.Integer,
        AttributeType.DateTime => ScimValueKind.DateTime,
        AttributeType.Binary => ScimValueKind.Binary,
        AttributeType.Reference => ScimValueKind.Reference,
        AttributeType.Complex => ScimValueKind.Complex,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown attribute type."),
    };

    private static ScimException NotDefined(string path) =>
        ScimException.InvalidValue($"Attribute '{ScimJsonReader.Excerpt(path)}' is not defined by the resource type's schemas.");
}
