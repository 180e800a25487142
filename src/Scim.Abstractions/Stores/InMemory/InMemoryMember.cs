using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>One member row: the member id with the <c>type</c> and <c>display</c> the client sent (no <c>$ref</c>: the endpoint derives it).</summary>
/// <param name="Value">The member id.</param>
/// <param name="Type">The member type (<c>User</c>, <c>Group</c>), or <see langword="null"/>.</param>
/// <param name="Display">The display name, or <see langword="null"/>.</param>
internal sealed record InMemoryMember(string Value, string? Type, string? Display)
{
    /// <summary>Reads a member from a complex value of a <c>members</c> attribute.</summary>
    /// <exception cref="ScimException">400 <c>invalidValue</c> when it has no non-empty string <c>value</c>.</exception>
    public static InMemoryMember From(ScimValue value)
    {
        if (value is not ScimComplex complex || complex.Find("value") is not ScimString { Value: { Length: > 0 } id })
        {
            throw ScimException.InvalidValue("Each member needs a non-empty \"value\" (the member's id).");
        }

        return new InMemoryMember(id, Text(complex.Find("type")), Text(complex.Find("display")));
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
