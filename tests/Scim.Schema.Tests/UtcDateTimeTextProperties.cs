using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Scim.Schema.Tests;

public sealed class UtcDateTimeTextProperties
{
    private static readonly ValuePathText Path = new(null, "meta.created");

    /// <summary>Texts of the fast shape with any digits, so that impossible dates (month 13, Feb 30, hour 24) come up too.</summary>
    private static Gen<string> FastShape() =>
        from year in Gen.Choose(0, 9999)
        from month in Gen.Choose(0, 13)
        from day in Gen.Choose(0, 32)
        from hour in Gen.Choose(0, 25)
        from minute in Gen.Choose(0, 60)
        from second in Gen.Choose(0, 61)
        from digits in Gen.Choose(0, 8)
        from fraction in Gen.Choose(0, 99_999_999)
        let fractionText = digits == 0 ? string.Empty : "." + fraction.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)[..digits]
        select $"{year:D4}-{month:D2}-{day:D2}T{hour:D2}:{minute:D2}:{second:D2}{fractionText}Z";

    [Property(MaxTest = 3000)]
    public Property The_fast_parser_accepts_only_what_the_general_parser_accepts_and_gives_the_same_instant() =>
        Prop.ForAll(FastShape().ToArbitrary(), text =>
        {
            if (!UtcDateTimeText.TryParse(Encoding.UTF8.GetBytes(text), out var fast))
            {
                return;
            }

            var general = ScimJsonReader.ParseDateTime(text, Path);
            Assert.Equal(general, fast);
            Assert.Equal(general.Offset, fast.Offset);
            Assert.Equal(general.Ticks, fast.Ticks);
        });

    [Property(MaxTest = 1000)]
    public Property Every_valid_utc_instant_written_by_the_library_takes_the_fast_path() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).Select(t => new DateTimeOffset((long)t * 1_473_000_123L % DateTime.MaxValue.Ticks, TimeSpan.Zero)).ToArbitrary(), instant =>
        {
            var text = ScimDateTime.Format(instant);

            Assert.True(UtcDateTimeText.TryParse(Encoding.UTF8.GetBytes(text), out var parsed));
            Assert.Equal(instant, parsed);
        });

    [Theory]
    [InlineData("2011-05-13T04:42:34+02:00")]
    [InlineData("2011-05-13T04:42:34z")]
    [InlineData("2011-05-13T04:42:34")]
    [InlineData("2011-05-13T04:42:34.12345678Z")]
    [InlineData("2011-05-13T04:42:34.Z")]
    [InlineData("2011-05-13T24:00:00Z")]
    [InlineData("2011-05-13T04:42:60Z")]
    [InlineData("2011-02-30T04:42:34Z")]
    [InlineData("2011-13-01T04:42:34Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("2011-05-13 04:42:34Z")]
    [InlineData("2011-05-1aT04:42:34Z")]
    [InlineData("2011-05-13T04:42:34,5Z")]
    [InlineData("+2011-05-13T04:42:34Z")]
    [InlineData("2011-05-13")]
    [InlineData("")]
    public void Other_shapes_are_left_to_the_general_parser(string text)
    {
        Assert.False(UtcDateTimeText.TryParse(Encoding.UTF8.GetBytes(text), out _));
    }

    [Theory]
    [InlineData("2011-05-13T04:42:34Z", "2011-05-13T04:42:34Z")]
    [InlineData("2011-05-13T04:42:34.5Z", "2011-05-13T04:42:34.5Z")]
    [InlineData("2011-05-13T04:42:34.0000001Z", "2011-05-13T04:42:34.0000001Z")]
    [InlineData("2012-02-29T23:59:59Z", "2012-02-29T23:59:59Z")]
    [InlineData("9999-12-31T23:59:59.9999999Z", "9999-12-31T23:59:59.9999999Z")]
    [InlineData("2011-05-13T04:42:34+02:00", "2011-05-13T04:42:34+02:00")]
    public void The_reader_gives_the_same_value_on_either_path(string text, string written)
    {
        var user = ScimJsonReader.ReadResource($$$"""{"userName":"a","meta":{"created":"{{{text}}}"}}""", CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored);

        var created = Assert.IsType<ScimDateTime>(Assert.IsType<ScimComplex>(user["meta"])["created"]);
        Assert.Equal(ScimJsonReader.ParseDateTime(text, Path), created.Value);
        Assert.Equal(written, ScimDateTime.Format(created.Value));
    }

    [Theory]
    [InlineData("2011-02-30T04:42:34Z")]
    [InlineData("2011-05-13T04:42:60Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    public void An_impossible_instant_is_still_an_invalid_value(string text)
    {
        var error = Assert.Throws<ScimException>(() => ScimJsonReader.ReadResource($$$"""{"userName":"a","meta":{"created":"{{{text}}}"}}""", CoreSchemas.UserResourceType, ScimJsonReadOptions.Stored));

        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
    }
}
