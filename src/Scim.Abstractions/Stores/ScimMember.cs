using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>
/// One group member as a store keeps it: the member id (<c>value</c>) with the <c>type</c> and <c>display</c> the
/// client sent. <c>$ref</c> is not kept: the endpoint derives it from the id and type.
/// </summary>
/// <param name="Value">The member id.</param>
/// <param name="Type">The member type (<c>User</c>, <c>Group</c>), or <see langword="null"/>.</param>
/// <param name="Display">The display name, or <see langword="null"/>.</param>
public sealed record ScimMember(string Value, string? Type, string? Display)
{
    /// <summary>Reads a member from a value of a <c>members</c> attribute (or of a membership delta).</summary>
    /// <param name="value">A complex value with a string <c>value</c>.</param>
    /// <param name="maxIdLength">The longest id the store can keep.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ScimException">400 <c>invalidValue</c> when there is no <c>value</c> of 1 to <paramref name="maxIdLength"/> characters.</exception>
    public static ScimMember From(ScimValue value, int maxIdLength = 1024)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is not ScimComplex complex || complex.Find("value") is not ScimString { Value.Length: > 0 } id || id.Value.Length > maxIdLength)
        {
            throw ScimException.InvalidValue($"Each member needs a \"value\" (the member's id) of 1 to {maxIdLength} characters.");
        }

        return new ScimMember(id.Value, Text(complex.Find("type")), Text(complex.Find("display")));
    }

    /// <summary>The member as a complex value of <c>members</c>.</summary>
    /// <returns>The complex value.</returns>
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
