using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Scim.Schema.Tests;

public sealed class AttributeNameIndexTests
{
    private static readonly AttributeDefinition[] Five = [new("value"), new("display"), new("type"), new("primary", AttributeType.Boolean), new("$ref", AttributeType.Reference)];

    private static AttributeDefinition[] Many(int count) => [.. Enumerable.Range(0, count).Select(i => new AttributeDefinition("attr" + i))];

    [Property(MaxTest = 300)]
    public Property Every_name_is_found_by_its_bytes_whatever_the_hint() =>
        Prop.ForAll(Gen.Choose(0, 4).ToArbitrary(), Gen.Choose(-3, 12).ToArbitrary(), (target, start) =>
        {
            var index = new AttributeNameIndex(Five);
            var hint = start;

            Assert.Equal(target, index.IndexOfUtf8(Encoding.UTF8.GetBytes(Five[target].Name), ref hint));
            Assert.Equal(target + 1, hint);
        });

    [Fact]
    public void Keys_in_declaration_order_move_the_hint_along_and_wrap_around()
    {
        var index = new AttributeNameIndex(Five);
        var hint = 0;

        Assert.Equal(3, index.IndexOfUtf8("primary"u8, ref hint));
        Assert.Equal(4, index.IndexOfUtf8("$ref"u8, ref hint));
        Assert.Equal(0, index.IndexOfUtf8("value"u8, ref hint));
        Assert.Equal(1, hint);
    }

    [Theory]
    [InlineData("Value")]
    [InlineData("VALUE")]
    [InlineData("valu")]
    [InlineData("values")]
    [InlineData("")]
    [InlineData("unknown")]
    public void Other_spellings_and_unknown_keys_are_not_found_by_bytes_and_leave_the_hint(string key)
    {
        var index = new AttributeNameIndex(Five);
        var hint = 2;

        Assert.Equal(-1, index.IndexOfUtf8(Encoding.UTF8.GetBytes(key), ref hint));
        Assert.Equal(2, hint);
    }

    [Theory]
    [InlineData("VALUE", 0)]
    [InlineData("Display", 1)]
    [InlineData("$REF", 4)]
    [InlineData("unknown", -1)]
    [InlineData("", -1)]
    public void Names_in_any_case_are_found_ignoring_case(string name, int expected)
    {
        Assert.Equal(expected, new AttributeNameIndex(Five).IndexOfIgnoringCase(name));
    }

    [Fact]
    public void Large_indexes_find_names_ignoring_case_through_the_dictionary()
    {
        var index = new AttributeNameIndex(Many(100));

        Assert.Equal(57, index.IndexOfIgnoringCase("ATTR57"));
        Assert.Equal(-1, index.IndexOfIgnoringCase("attr100"));
    }

    [Fact]
    public void Large_indexes_find_bytes_only_at_the_hint_so_unknown_keys_never_scan_them()
    {
        var index = new AttributeNameIndex(Many(100));
        var hint = 57;

        Assert.Equal(57, index.IndexOfUtf8("attr57"u8, ref hint));
        Assert.Equal(58, index.IndexOfUtf8("attr58"u8, ref hint));
        Assert.Equal(-1, index.IndexOfUtf8("attr10"u8, ref hint));
        Assert.Equal(59, hint);
    }

    [Fact]
    public void With_names_that_differ_only_in_case_exact_lookups_miss_and_the_first_case_insensitive_match_wins()
    {
        AttributeDefinition[] variants = [new("Value"), new("value")];
        var index = new AttributeNameIndex(variants);
        var hint = 0;

        Assert.Equal(-1, index.IndexOfUtf8("value"u8, ref hint));
        Assert.Equal(-1, index.IndexOfSame(variants[1].Name, ref hint));
        Assert.Equal(0, index.IndexOfIgnoringCase("value"));
    }

    [Fact]
    public void The_same_string_is_found_but_an_equal_copy_is_not()
    {
        var index = new AttributeNameIndex(Five);
        var hint = 0;

        Assert.Equal(2, index.IndexOfSame(Five[2].Name, ref hint));
        Assert.Equal(-1, index.IndexOfSame(new string("type".AsSpan()), ref hint));
        Assert.Equal(3, hint);
    }

    [Fact]
    public void An_empty_index_finds_nothing()
    {
        var hint = 0;

        Assert.Equal(-1, AttributeNameIndex.Empty.IndexOfUtf8("value"u8, ref hint));
        Assert.Equal(-1, AttributeNameIndex.Empty.IndexOfSame("value", ref hint));
        Assert.Equal(-1, AttributeNameIndex.Empty.IndexOfIgnoringCase("value"));
    }

    [Fact]
    public void The_top_level_index_adds_the_common_attributes_and_leaves_out_reserved_names()
    {
        var names = Names(CoreSchemas.User.TopLevelIndex);

        Assert.Contains("userName", names);
        Assert.Equal(["id", "externalId", "meta"], names[^3..]);
    }

    [Fact]
    public void A_schema_that_declares_a_common_name_itself_shadows_the_common_attribute()
    {
        var schema = new SchemaDefinition("urn:example:Thing", "Thing", null,
            [new AttributeDefinition("ID") { CaseExact = true }, new AttributeDefinition("schemas"), new AttributeDefinition("urn:example:odd"), new AttributeDefinition("label")]);
        var index = schema.TopLevelIndex;

        Assert.Equal(["ID", "label", "externalId", "meta"], Names(index));
        Assert.Same(schema.Attributes[0], index[index.IndexOfIgnoringCase("id")]);
    }

    private static string[] Names(AttributeNameIndex index) => [.. Enumerable.Range(0, index.Count).Select(i => index[i].Name)];
}
