using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Scim.Schema.Tests;

/// <summary>Whatever the bytes, reading gives a value or a <see cref="ScimException"/>, never another exception.</summary>
public sealed class ReaderFuzzProperties
{
    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", ":", ",", " ", "\"", "\\", "\"userName\"", "\"USERNAME\"", "\"emails\"", "\"value\"", "\"primary\"",
        "\"name\"", "\"givenName\"", "\"active\"", "\"groups\"", "\"meta\"", "\"created\"", "\"schemas\"", "\"password\"",
        "\"x509Certificates\"", "\"members\"", "\"$ref\"", "\"manager\"", "\"id\"", "\"attributes\"", "\"count\"",
        "\"startIndex\"", "\"sortOrder\"", "\"filter\"", "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"",
        "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department\"",
        "\"urn:ietf:params:scim:schemas:core:2.0:User:userName\"", "\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"",
        "\"urn:\"", "\"urn:x:\"", "true", "false", "null", "\"True\"", "\"False\"", "0", "-1", "3", "1.5", "1e400", "-1e-400",
        "99999999999999999999999", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud83d\\ude00\"", "\"\\u0041\"", "\"\\u0000\"",
        "\"2008-01-23T04:56:22Z\"", "\"0001-01-01T00:00:00+01:00\"", "\"9999-12-31T23:59:59-14:00\"", "\"2008-01-23\"",
        "\"TWFu\"", "\"not base64\"", "\"ascending\"", "\"descending\"", "/*", "*/", "\uFEFF", "\u00e9", "\ud800",
    ];

    private static readonly byte[] FullUser = Encoding.UTF8.GetBytes(RfcExample.Load(RfcExample.FullUser));
    private static readonly byte[] EnterpriseUser = Encoding.UTF8.GetBytes(RfcExample.Load(RfcExample.EnterpriseUser));

    private static readonly AttributeDefinition Emails = CoreSchemas.User.FindAttribute("emails")!;

    [Property(MaxTest = 3000)]
    public Property Random_bytes_never_escape_as_anything_but_a_scim_error() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).ToArbitrary(), bytes => ReadsOrRefuses(bytes));

    [Property(MaxTest = 5000)]
    public Property Random_json_like_text_never_escapes_as_anything_but_a_scim_error() =>
        Prop.ForAll(JsonLikeText().ToArbitrary(), text => ReadsOrRefuses(text));

    [Property(MaxTest = 5000)]
    public Property Schema_shaped_documents_with_hostile_values_never_escape_as_anything_but_a_scim_error() =>
        Prop.ForAll(SchemaShapedDocument().ToArbitrary(), text => ReadsOrRefuses(text));

    [Property(MaxTest = 5000)]
    public Property Mutated_rfc_examples_never_escape_as_anything_but_a_scim_error() =>
        Prop.ForAll(MutatedExample().ToArbitrary(), bytes => ReadsOrRefuses(bytes));

    private static Gen<string> JsonLikeText() =>
        Gen.Elements(Tokens).ArrayOf().Select(parts => "{" + string.Concat(parts));

    /// <summary>Objects whose keys are the User schema's attributes (in random case, plain or URN-qualified) and whose values are drawn from hostile leaves and nested shapes.</summary>
    private static Gen<string> SchemaShapedDocument()
    {
        var topLevel = CoreSchemas.User.Attributes.Concat(CommonAttributes.All)
            .Select(a => (Name: a.Name, Attribute: (AttributeDefinition?)a))
            .Concat(CoreSchemas.EnterpriseUser.Attributes.Select(a => (Name: ScimSchemaIds.EnterpriseUser + ":" + a.Name, Attribute: (AttributeDefinition?)a)))
            .Append((Name: ScimSchemaIds.EnterpriseUser, Attribute: new AttributeDefinition("extension", AttributeType.Complex) { SubAttributes = CoreSchemas.EnterpriseUser.Attributes }))
            .Append((Name: "schemas", Attribute: null))
            .Append((Name: "unknownAttribute", Attribute: null))
            .ToArray();
        return ObjectOf(topLevel, 3);
    }

    private static Gen<string> ObjectOf((string Name, AttributeDefinition? Attribute)[] members, int depth) =>
        from count in Gen.Choose(0, 6)
        from parts in Gen.ArrayOf(MemberOf(members, depth), count)
        select "{" + string.Join(",", parts) + "}";

    private static Gen<string> MemberOf((string Name, AttributeDefinition? Attribute)[] members, int depth) =>
        from member in Gen.Elements(members)
        from upper in Gen.Elements(false, true)
        from value in ValueOf(member.Attribute, depth)
        select "\"" + (upper ? member.Name.ToUpperInvariant() : member.Name) + "\":" + value;

    private static Gen<string> ValueOf(AttributeDefinition? attribute, int depth)
    {
        var leaf = Gen.Elements(Tokens.Where(t => t.Length > 1 && t[0] is '"' or 't' or 'f' or 'n' or '-' || char.IsAsciiDigit(t[0])).ToArray());
        if (depth == 0 || attribute is not { Type: AttributeType.Complex })
        {
            return Gen.Frequency((6, leaf), (1, leaf.ArrayOf().Select(items => "[" + string.Join(",", items) + "]")));
        }

        var subMembers = attribute.SubAttributes.Select(s => (Name: s.Name, Attribute: (AttributeDefinition?)s)).Append(("unknownSub", null)).ToArray();
        var complex = ObjectOf(subMembers, depth - 1);
        return Gen.Frequency(
            (1, leaf),
            (3, complex),
            (3, complex.ArrayOf().Select(items => "[" + string.Join(",", items) + "]")));
    }

    private static Gen<byte[]> MutatedExample() =>
        from source in Gen.Elements(FullUser, EnterpriseUser)
        from edits in Gen.ArrayOf(
            from position in Gen.Choose(0, source.Length - 1)
            from kind in Gen.Choose(0, 2)
            from value in Gen.Choose(0, 255)
            select (Position: position, Kind: kind, Value: (byte)value))
        select Mutate(source, edits);

    private static byte[] Mutate(byte[] source, (int Position, int Kind, byte Value)[] edits)
    {
        var bytes = new List<byte>(source);
        foreach (var (position, kind, value) in edits)
        {
            var at = Math.Min(position, bytes.Count - 1);
            if (at < 0)
            {
                break;
            }

            switch (kind)
            {
                case 0:
                    bytes[at] = value;
                    break;
                case 1:
                    bytes.Insert(at, value);
                    break;
                default:
                    bytes.RemoveAt(at);
                    break;
            }
        }

        return [.. bytes];
    }

    // Each read either returns or throws a 400 ScimException; any other exception propagates and FsCheck reports
    // the input as a counterexample.
    private static void ReadsOrRefuses(string text)
    {
        ReadOrRefuse(() => ScimJsonReader.ReadResource(text, CoreSchemas.UserResourceType));
        ReadOrRefuse(() => ScimJsonReader.ReadSearchRequest(text));
        ReadsOrRefuses(Encoding.UTF8.GetBytes(text));
    }

    private static void ReadsOrRefuses(byte[] bytes)
    {
        ReadOrRefuse(() => ScimJsonReader.ReadResource(bytes, CoreSchemas.UserResourceType));
        ReadOrRefuse(() => ScimJsonReader.ReadResource(bytes, CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored));
        ReadOrRefuse(() => ScimJsonReader.ReadResource(bytes, CoreSchemas.GroupResourceType));
        ReadOrRefuse(() => ScimJsonReader.ReadSearchRequest(bytes));
        ReadOrRefuse(() => ScimJsonReader.ReadValue(bytes, Emails));
    }

    private static void ReadOrRefuse(Func<object?> read)
    {
        try
        {
            _ = read();
        }
        catch (ScimException error)
        {
            Assert.Equal(400, error.Status);
        }
    }
}
