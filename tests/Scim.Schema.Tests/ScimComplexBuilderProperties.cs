using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Scim.Schema.Tests;

public sealed class ScimComplexBuilderProperties
{
    private static readonly string[] Names = ["a", "A", "b", "B", "nickName", "NICKNAME", "title"];

    private static Gen<(string Name, ScimValue? Value)> Edit() =>
        from name in Gen.Elements(Names)
        from kind in Gen.Choose(0, 3)
        select (name, kind == 0 ? (ScimValue?)null : new ScimString(name + kind));

    private static Gen<ScimComplex> Start() =>
        Gen.Elements(
            ScimComplex.Empty,
            ScimComplex.Create(("a", new ScimString("1"))),
            ScimComplex.Create(("b", new ScimString("1")), ("nickName", new ScimString("2")), ("title", new ScimString("3"))));

    [Property(MaxTest = 1000)]
    public Property Edits_give_what_a_chain_of_With_gives_in_the_same_order_and_spelling() =>
        Prop.ForAll(Start().ToArbitrary(), Gen.ListOf(Edit()).ToArbitrary(), Gen.Choose(0, 20).ToArbitrary(), (start, edits, snapshotAt) =>
        {
            var expected = start;
            var builder = new ScimComplexBuilder(start);
            ScimComplex? snapshot = null;
            KeyValuePair<string, ScimValue>[]? snapshotEntries = null;
            var step = 0;
            foreach (var (name, value) in edits)
            {
                expected = expected.With(name, value);
                builder.Set(name, value);
                Assert.Equal(expected.Count, builder.Count);
                Assert.Equal(expected.Find(name), builder.Find(name));
                if (++step == snapshotAt)
                {
                    snapshot = builder.ToComplex();
                    snapshotEntries = [.. snapshot];
                }
            }

            var built = builder.ToComplex();
            Assert.Equal([.. expected], [.. built]);
            Assert.Same(built, builder.ToComplex());
            if (snapshot is not null)
            {
                // A value handed out earlier does not change with later edits.
                Assert.Equal(snapshotEntries!, [.. snapshot]);
            }
        });

    [Fact]
    public void Without_edits_the_source_itself_comes_back_unchanged()
    {
        var source = ScimComplex.Create(("a", new ScimString("1")));
        var builder = new ScimComplexBuilder(source);

        builder.Set("missing", null);
        builder.Set("A", source["a"]);

        Assert.Same(source, builder.ToComplex());
    }

    [Fact]
    public void The_source_is_never_changed()
    {
        var source = ScimComplex.Create(("a", new ScimString("1")), ("b", new ScimString("2")));
        var builder = new ScimComplexBuilder(source);

        builder.Set("A", new ScimString("x"));
        builder.Set("b", null);
        builder.Set("c", new ScimString("3"));

        Assert.Equal([new("a", new ScimString("1")), new("b", new ScimString("2"))], [.. source]);
        Assert.Equal([new("a", new ScimString("x")), new("c", new ScimString("3"))], [.. builder.ToComplex()]);
    }

    [Fact]
    public void A_removed_then_added_name_goes_last_as_with_With()
    {
        var builder = new ScimComplexBuilder(ScimComplex.Create(("a", new ScimString("1")), ("b", new ScimString("2"))));

        builder.Set("a", null);
        builder.Set("A", new ScimString("3"));

        Assert.Equal(["b", "A"], builder.ToComplex().Names);
    }

    [Fact]
    public void An_empty_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ScimComplexBuilder(ScimComplex.Empty).Set("", new ScimString("x")));
    }
}
