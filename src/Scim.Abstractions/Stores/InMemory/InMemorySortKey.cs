using System.Globalization;
using Scim.Filter;
using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>
/// A resource's value for a sort attribute, reduced to something totally ordered: booleans, numbers, instants and
/// strings (strings that are not caseExact by their <see cref="ScimStringNormalization"/> normal form). <see cref="None"/> is a resource
/// without a value, which sorts last ascending and first descending (RFC 7644 §3.4.2.3).
/// </summary>
internal readonly record struct InMemorySortKey(InMemorySortKeyKind Kind, decimal Number, string? Text)
{
    public static InMemorySortKey None => default;

    public static InMemorySortKey Of(long sequence) => new(InMemorySortKeyKind.Number, sequence, null);

    /// <summary>Compares two keys; a missing value sorts after every value.</summary>
    public static int Compare(InMemorySortKey left, InMemorySortKey right)
    {
        if (left.Kind != right.Kind)
        {
            if (left.Kind == InMemorySortKeyKind.None)
            {
                return 1;
            }

            return right.Kind == InMemorySortKeyKind.None ? -1 : left.Kind.CompareTo(right.Kind);
        }

        return left.Kind switch
        {
            InMemorySortKeyKind.None => 0,
            InMemorySortKeyKind.String => string.CompareOrdinal(left.Text, right.Text),
            _ => left.Number.CompareTo(right.Number),
        };
    }

    /// <summary>The key as cursor text (<see langword="null"/> for <see cref="None"/>).</summary>
    public string? Encode() => Kind switch
    {
        InMemorySortKeyKind.None => null,
        InMemorySortKeyKind.String => "s" + Text,
        _ => ((char)('0' + (int)Kind)).ToString() + Number.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Reads cursor text back; <see langword="false"/> when it is not a key.</summary>
    public static bool TryDecode(string? text, out InMemorySortKey key)
    {
        key = None;
        if (text is null)
        {
            return true;
        }

        if (text.Length == 0)
        {
            return false;
        }

        if (text[0] == 's')
        {
            key = new InMemorySortKey(InMemorySortKeyKind.String, 0, text[1..]);
            return true;
        }

        var kind = (InMemorySortKeyKind)(text[0] - '0');
        if (kind is not (InMemorySortKeyKind.Boolean or InMemorySortKeyKind.Number or InMemorySortKeyKind.DateTime)
            || !decimal.TryParse(text.AsSpan(1), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        key = new InMemorySortKey(kind, number, null);
        return true;
    }

    /// <summary>Resolves a sort path with the filter package's rules (400 <c>invalidValue</c> for an attribute the
    /// resource type does not have).</summary>
    public static BoundAttributePath Bind(AttributePath sortBy, ResourceTypeDefinition resourceType)
    {
        try
        {
            return ScimFilter.BindPath(sortBy, resourceType);
        }
        catch (ScimException error) when (error.ScimType == ScimErrorType.InvalidFilter)
        {
            throw ScimException.InvalidValue("This service cannot sort by that attribute: " + error.Detail);
        }
    }

    /// <summary>The sort key of a resource (a multi-valued attribute sorts by its primary, else first, value).</summary>
    public static InMemorySortKey Read(ScimResource resource, BoundAttributePath path)
    {
        var caseExact = path.Target.CaseExact;
        return path.SortValue(resource) switch
        {
            ScimString s => FromText(s.Value, caseExact),
            ScimReference r => FromText(r.Value, caseExact),
            ScimBinary b => FromText(b.Base64, true),
            ScimBoolean b => new InMemorySortKey(InMemorySortKeyKind.Boolean, b.Value ? 1 : 0, null),
            ScimInteger i => new InMemorySortKey(InMemorySortKeyKind.Number, i.Value, null),
            ScimDecimal d => new InMemorySortKey(InMemorySortKeyKind.Number, d.Value, null),
            ScimDateTime d => new InMemorySortKey(InMemorySortKeyKind.DateTime, d.Value.UtcTicks, null),
            _ => None,
        };
    }

    private static InMemorySortKey FromText(string text, bool caseExact) =>
        new(InMemorySortKeyKind.String, 0, caseExact ? text : ScimStringNormalization.Normalize(text));
}
