using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// RFC 7643 §2.2 mutability for PATCH: a <c>readOnly</c> attribute may be "set" only to the value it already has (so
/// Okta's pathless rename that resends the current <c>id</c> passes); an <c>immutable</c> one may be set while it has
/// no value and never changed or removed after that.
/// </summary>
internal static class MutabilityGuard
{
    /// <summary>Checks a change of <paramref name="definition"/> from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static void Check(AttributeDefinition definition, ScimValue? before, ScimValue? after, int operationIndex, string path)
    {
        switch (definition.Mutability)
        {
            case Mutability.ReadOnly when !ScimValue.AreEqual(before, after):
                throw ScimException.Mutability($"Operation {operationIndex}: '{SafeText.Excerpt(path)}' is readOnly and cannot be changed.");
            case Mutability.Immutable when before is not null && !ScimValue.AreEqual(before, after):
                throw ScimException.Mutability($"Operation {operationIndex}: '{SafeText.Excerpt(path)}' is immutable and already has a value.");
        }
    }

    /// <summary>Checks the sub-attributes a client sent in a complex value against the values they replace.</summary>
    public static void CheckSent(AttributeDefinition complex, ScimComplex sent, ScimComplex? before, ScimComplex after, int operationIndex, string path)
    {
        foreach (var (name, _) in sent)
        {
            var sub = complex.FindSubAttribute(name);
            if (sub is not null && sub.Mutability is Mutability.ReadOnly or Mutability.Immutable)
            {
                Check(sub, before?.Find(name), after.Find(name), operationIndex, path + "." + sub.Name);
            }
        }
    }

    /// <summary>Checks a new element of a multi-valued attribute: it cannot carry readOnly sub-attributes.</summary>
    public static void CheckNewElement(AttributeDefinition attribute, ScimValue element, int operationIndex, string path)
    {
        if (element is not ScimComplex complex)
        {
            return;
        }

        foreach (var (name, value) in complex)
        {
            var sub = attribute.FindSubAttribute(name);
            if (sub is { Mutability: Mutability.ReadOnly })
            {
                Check(sub, null, value, operationIndex, path + "." + sub.Name);
            }
        }
    }
}
