using Scim.Abstractions;
using Scim.Schema;

namespace Scim.EntityFrameworkCore;

/// <summary>A member as a row holds it: id, <c>type</c> and <c>display</c> as sent (<c>$ref</c> is derived by the endpoint).</summary>
/// <param name="Value">The member id.</param>
/// <param name="Type">The member type, or <see langword="null"/>.</param>
/// <param name="Display">The display name, or <see langword="null"/>.</param>
internal sealed record MemberRow(string Value, string? Type, string? Display)
{
    /// <summary>Reads a member from a value of <c>members</c>.</summary>
    /// <exception cref="ScimException">400 when it has no usable <c>value</c>.</exception>
    public static MemberRow From(ScimValue value)
    {
        if (value is not ScimComplex complex || complex.Find("value") is not ScimString { Value: { Length: > 0 and <= ScimModel.IdLength } id })
        {
            throw ScimException.InvalidValue($"Each member needs a \"value\" (the member's id) of 1 to {ScimModel.IdLength} characters.");
        }

        return new MemberRow(id, Text(complex.Find("type")), Text(complex.Find("display")));
    }

    /// <summary>The member as a complex value.</summary>
    public ScimComplex ToComplex() => ScimComplex.Create(
        ("value", new ScimString(Value)),
        ("type", Type is null ? null : new ScimString(Type)),
        ("display", Display is null ? null : new ScimString(Display)));

    private static string? Text(ScimValue? value) => value switch
    {
        ScimString s => s.Value,
        ScimReference r => r.Value,
        _ => null,
    };
}
