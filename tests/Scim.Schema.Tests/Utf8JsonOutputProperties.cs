using System.Buffers;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Scim.Schema.Tests;

/// <summary>
/// <see cref="ScimJsonWriter.SerializeResource"/> writes its own bytes; they must be exactly what
/// <see cref="ScimJsonWriter.WriteResource"/> writes through a <see cref="Utf8JsonWriter"/> with the library's options.
/// </summary>
public sealed class Utf8JsonOutputProperties
{
    private static readonly SchemaDefinition Numbers = new("urn:example:scim:Numbers", "Numbers", null,
    [
        new AttributeDefinition("count", AttributeType.Integer),
        new AttributeDefinition("ratio", AttributeType.Decimal),
        new AttributeDefinition("flags", AttributeType.Boolean) { MultiValued = true },
        new AttributeDefinition("seen", AttributeType.DateTime),
        new AttributeDefinition("label"),
    ]);

    private static readonly ResourceTypeDefinition NumbersType = new("Numbers", "/Numbers", Numbers);

    private static byte[] ThroughWriter(ScimResource resource, ScimJsonWriteOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ScimJsonWriter.WriterOptions))
        {
            ScimJsonWriter.WriteResource(writer, resource, options);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void AssertSameBytes(ScimResource resource)
    {
        foreach (var options in new[] { ScimJsonWriteOptions.Response, ScimJsonWriteOptions.Storage })
        {
            var expected = ThroughWriter(resource, options);
            var actual = ScimJsonWriter.SerializeResource(resource, options);
            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>Any UTF-16 text, lone surrogates included.</summary>
    private static Gen<string> AnyText() =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
            Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(chars => new string(chars)));

    [Property(MaxTest = 2000)]
    public Property Generated_users_are_written_byte_for_byte_as_the_writer_writes_them() =>
        Prop.ForAll(ResourceGenerator.User().ToArbitrary(), AssertSameBytes);

    [Property(MaxTest = 2000)]
    public Property Any_text_as_a_value_or_an_unknown_name_is_escaped_as_the_writer_escapes_it() =>
        Prop.ForAll(AnyText().ToArbitrary(), AnyText().Where(n => n.Length > 0).ToArbitrary(), (value, name) =>
        {
            var attributes = ScimComplex.Create(
                ("userName", new ScimString(value)),
                ("name", ScimComplex.Create((name, new ScimString(value)), ("givenName", new ScimString(name)))),
                ("x" + name, new ScimString(value)),
                ("emails", ScimMultiValue.Create([ScimComplex.Create(("value", new ScimString(value)))])),
                ("profileUrl", new ScimReference(value)));
            AssertSameBytes(new ScimResource(CoreSchemas.UserResourceType, attributes));
        });

    [Property(MaxTest = 1000)]
    public Property Integers_decimals_booleans_and_instants_are_written_as_the_writer_writes_them() =>
        Prop.ForAll(
            ArbMap.Default.GeneratorFor<long>().ToArbitrary(),
            ArbMap.Default.GeneratorFor<decimal>().ToArbitrary(),
            ArbMap.Default.GeneratorFor<DateTimeOffset>().ToArbitrary(),
            (count, ratio, seen) =>
            {
                var attributes = ScimComplex.Create(
                    ("count", new ScimInteger(count)),
                    ("ratio", new ScimDecimal(ratio)),
                    ("flags", ScimMultiValue.Create([ScimBoolean.True, ScimBoolean.False])),
                    ("seen", new ScimDateTime(seen)),
                    ("label", new ScimString("n")));
                AssertSameBytes(new ScimResource(NumbersType, attributes));
            });

    [Theory]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void Extreme_integers_are_written_as_the_writer_writes_them(long count) =>
        AssertSameBytes(new ScimResource(NumbersType, ScimComplex.Create(("count", new ScimInteger(count)))));

    [Theory]
    [InlineData(4000)]
    [InlineData(70_000)]
    [InlineData(300_000)]
    public void Documents_larger_than_the_kept_buffer_are_written_whole_and_the_next_one_is_unaffected(int length)
    {
        var big = new ScimResource(CoreSchemas.UserResourceType, ScimComplex.Create(
            ("userName", new ScimString(new string('a', length))),
            ("displayName", new ScimString(new string('\u00e9', length / 2)))));
        AssertSameBytes(big);

        var small = new ScimResource(CoreSchemas.UserResourceType, ScimComplex.Create(("userName", new ScimString("bjensen"))));
        Assert.Equal("""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bjensen"}""", Encoding.UTF8.GetString(ScimJsonWriter.SerializeResource(small)));
    }

    [Fact]
    public void A_resource_with_no_attributes_is_only_its_schemas()
    {
        var empty = new ScimResource(CoreSchemas.GroupResourceType, ScimComplex.Empty);

        Assert.Equal("""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"]}""", Encoding.UTF8.GetString(ScimJsonWriter.SerializeResource(empty)));
        AssertSameBytes(empty);
    }
}
