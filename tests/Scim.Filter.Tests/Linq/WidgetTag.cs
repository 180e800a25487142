using Scim.Schema;

namespace Scim.Filter.Tests.Linq;

/// <summary>An element of <see cref="Widget.Tags"/>.</summary>
public sealed class WidgetTag
{
    public string? Value { get; set; }

    public string? ValueNormalized => Value is null ? null : ScimStringNormalization.Normalize(Value);

    public string? Kind { get; set; }

    public bool Primary { get; set; }

    public ScimComplex ToComplex() => ScimComplex.Create(
        ("value", Widget.Text(Value)),
        ("kind", Widget.Text(Kind)),
        ("primary", ScimBoolean.From(Primary)));

    public override string ToString() => $"{Value}/{Kind}/{Primary}";
}
