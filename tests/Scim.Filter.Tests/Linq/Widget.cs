using Scim.Schema;

namespace Scim.Filter.Tests.Linq;

/// <summary>A host entity with one member per attribute type, and its SCIM resource type.</summary>
public sealed class Widget
{
    public const string SchemaId = "urn:example:scim:schemas:Widget";
    public const string ExtensionId = "urn:example:scim:schemas:extension:Acme:Widget";

    public static readonly SchemaDefinition Schema = new(SchemaId, "Widget", null,
    [
        new AttributeDefinition("code") { CaseExact = true },
        new AttributeDefinition("label"),
        new AttributeDefinition("nick"),
        new AttributeDefinition("homepage", AttributeType.Reference) { CaseExact = true },
        new AttributeDefinition("enabled", AttributeType.Boolean),
        new AttributeDefinition("rank", AttributeType.Integer),
        new AttributeDefinition("price", AttributeType.Decimal),
        new AttributeDefinition("updated", AttributeType.DateTime),
        new AttributeDefinition("created", AttributeType.DateTime),
        new AttributeDefinition("size", AttributeType.Complex)
        {
            SubAttributes = [new AttributeDefinition("width", AttributeType.Integer), new AttributeDefinition("unit")],
        },
        new AttributeDefinition("tags", AttributeType.Complex)
        {
            MultiValued = true,
            SubAttributes =
            [
                new AttributeDefinition("value"),
                new AttributeDefinition("kind") { CaseExact = true },
                new AttributeDefinition("primary", AttributeType.Boolean),
            ],
        },
        new AttributeDefinition("secret") { Returned = Returned.Never },
    ]);

    public static readonly SchemaDefinition Extension = new(ExtensionId, "AcmeWidget", null, [new AttributeDefinition("department")]);

    public static readonly ResourceTypeDefinition ResourceType =
        new("Widget", "/Widgets", Schema, extensions: [new SchemaExtensionReference(Extension, false)]);

    public static readonly FilterMapping<Widget> Mapping = new FilterMapping<Widget>()
        .Map("id", w => w.Id)
        .Map("code", w => w.Code)
        .Map("label", w => w.Label, normalized: w => w.LabelNormalized)
        .Map("nick", w => w.Nick)
        .Map("homepage", w => w.Homepage)
        .Map("enabled", w => w.Enabled)
        .Map("rank", w => w.Rank)
        .Map("price", w => w.Price)
        .Map("updated", w => w.Updated)
        .Map("created", w => w.Created)
        .Map("size.width", w => w.Width)
        .Map("size.unit", w => w.Unit)
        .Map("urn:example:scim:schemas:extension:Acme:Widget:department", w => w.Department)
        .MapCollection("tags", w => w.Tags, tags => tags
            .Map("value", t => t.Value, normalized: t => t.ValueNormalized)
            .Map("kind", t => t.Kind)
            .Map("primary", t => t.Primary));

    public string Id { get; set; } = string.Empty;

    public string? Code { get; set; }

    public string? Label { get; set; }

    public string? LabelNormalized => Label is null ? null : ScimStringNormalization.Normalize(Label);

    public string? Nick { get; set; }

    public string? Homepage { get; set; }

    public bool Enabled { get; set; }

    public long? Rank { get; set; }

    public decimal? Price { get; set; }

    public DateTimeOffset? Updated { get; set; }

    public DateTime? Created { get; set; }

    public int? Width { get; set; }

    public string? Unit { get; set; }

    public string? Department { get; set; }

    public List<WidgetTag> Tags { get; set; } = [];

    public ScimResource ToResource()
    {
        var size = ScimComplex.Create(("width", Width is { } width ? new ScimInteger(width) : null), ("unit", Text(Unit)));
        var extension = ScimComplex.Create(("department", Text(Department)));
        return new ScimResource(ResourceType, ScimComplex.Create(
            ("id", new ScimString(Id)),
            ("code", Text(Code)),
            ("label", Text(Label)),
            ("nick", Text(Nick)),
            ("homepage", Homepage is null ? null : new ScimReference(Homepage)),
            ("enabled", ScimBoolean.From(Enabled)),
            ("rank", Rank is { } rank ? new ScimInteger(rank) : null),
            ("price", Price is { } price ? new ScimDecimal(price) : null),
            ("updated", Updated is { } updated ? new ScimDateTime(updated) : null),
            ("created", Created is { } created ? new ScimDateTime(new DateTimeOffset(created, TimeSpan.Zero)) : null),
            ("size", size.Count == 0 ? null : size),
            ("tags", Tags.Count == 0 ? null : ScimMultiValue.Create(Tags.Select(tag => (ScimValue)tag.ToComplex()))),
            (ExtensionId, extension.Count == 0 ? null : extension)));
    }

    public override string ToString() =>
        $"Widget(code={Code}, label={Label}, nick={Nick}, enabled={Enabled}, rank={Rank}, price={Price}, updated={Updated:O}, created={Created:O}, size={Width}/{Unit}, dept={Department}, tags=[{string.Join("; ", Tags)}])";

    internal static ScimString? Text(string? value) => value is null ? null : new ScimString(value);
}
