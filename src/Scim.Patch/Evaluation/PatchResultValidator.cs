using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// Validates what a PATCH changed against the schema: a required attribute (<c>userName</c>) cannot be removed
/// (400 <c>invalidValue</c>, "a required value is missing"); required sub-attributes of a changed complex value
/// must be present; values of attributes whose canonical values are enforced must be canonical. Values are typed by
/// the schema when the request is read, so types need no second check.
/// </summary>
internal static class PatchResultValidator
{
    public static void Validate(PatchTarget target, ScimValue? before, ScimValue? after)
    {
        var attribute = target.Attribute;
        if (after is null)
        {
            if (attribute.Required && before is not null)
            {
                throw ScimException.InvalidValue($"Attribute '{target.Key}' is required and cannot be removed.");
            }

            return;
        }

        if (after is ScimMultiValue list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                ValidateValue(attribute, list[i], target.Key);
            }
        }
        else
        {
            ValidateValue(attribute, after, target.Key);
        }
    }

    private static void ValidateValue(AttributeDefinition attribute, ScimValue value, string path)
    {
        if (value is ScimComplex complex && attribute.Type == AttributeType.Complex)
        {
            var subAttributes = attribute.SubAttributes;
            for (var s = 0; s < subAttributes.Count; s++)
            {
                var sub = subAttributes[s];
                if (!sub.Required && !sub.CanonicalValuesEnforced)
                {
                    // Nothing to check: neither required nor restricted to canonical values.
                    continue;
                }

                var subValue = complex.Find(sub.Name);
                if (subValue is null)
                {
                    if (sub.Required)
                    {
                        throw ScimException.InvalidValue($"Attribute '{path}.{sub.Name}' is required.");
                    }

                    continue;
                }

                if (subValue is ScimMultiValue subList)
                {
                    for (var i = 0; i < subList.Count; i++)
                    {
                        CheckCanonical(sub, subList[i], path, sub.Name);
                    }
                }
                else
                {
                    CheckCanonical(sub, subValue, path, sub.Name);
                }
            }

            return;
        }

        CheckCanonical(attribute, value, path, null);
    }

    /// <summary>Checks a value against enforced canonical values; the path is <paramref name="path"/>, then <c>.</c><paramref name="subName"/> when given (joined only for the error).</summary>
    private static void CheckCanonical(AttributeDefinition attribute, ScimValue value, string path, string? subName)
    {
        if (!attribute.CanonicalValuesEnforced || attribute.CanonicalValues.Count == 0 || value is not ScimString text)
        {
            return;
        }

        foreach (var canonical in attribute.CanonicalValues)
        {
            if (ScimStringNormalization.AreEqual(canonical, text.Value, attribute.CaseExact))
            {
                return;
            }
        }

        var fullPath = subName is null ? path : path + "." + subName;
        throw ScimException.InvalidValue($"Attribute '{fullPath}' must be one of its canonical values ({string.Join(", ", attribute.CanonicalValues)}).");
    }
}
