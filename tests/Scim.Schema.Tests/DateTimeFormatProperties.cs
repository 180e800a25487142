using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Scim.Schema.Tests;

public sealed class DateTimeFormatProperties
{
    private static Gen<DateTimeOffset> UtcInstant() =>
        from ticks in Gen.Choose(0, int.MaxValue).Select(t => (long)t * 1_400_000_000L + (t % 10_000_000))
        from fraction in Gen.Elements(0L, 1L, 10L, 1_000L, 1_234_500L, 9_999_999L, 5_000_000L)
        from exactSecond in Gen.Elements(true, false)
        let clamped = Math.Min(ticks, DateTime.MaxValue.Ticks - TimeSpan.TicksPerSecond)
        let whole = clamped - (clamped % TimeSpan.TicksPerSecond)
        select new DateTimeOffset(new DateTime(whole + (exactSecond ? 0 : fraction), DateTimeKind.Utc));

    [Property(MaxTest = 2000)]
    public Property A_utc_instant_is_written_as_the_xsd_format_string_writes_it() =>
        Prop.ForAll(UtcInstant().ToArbitrary(), instant =>
        {
            var expected = instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

            Assert.Equal(expected, ScimDateTime.Format(instant));
        });

    [Fact]
    public void A_utc_instant_without_fraction_ends_at_the_seconds()
    {
        Assert.Equal("2011-05-13T04:42:34Z", ScimDateTime.Format(new DateTimeOffset(2011, 5, 13, 4, 42, 34, TimeSpan.Zero)));
        Assert.Equal("0001-01-01T00:00:00Z", ScimDateTime.Format(DateTimeOffset.MinValue));
        Assert.Equal("9999-12-31T23:59:59.9999999Z", ScimDateTime.Format(DateTimeOffset.MaxValue));
        Assert.Equal("2011-05-13T04:42:34.05Z", ScimDateTime.Format(new DateTimeOffset(2011, 5, 13, 4, 42, 34, 50, TimeSpan.Zero)));
    }

    [Fact]
    public void An_instant_with_an_offset_keeps_its_offset() =>
        Assert.Equal("2011-05-13T04:42:34.5+02:00", ScimDateTime.Format(new DateTimeOffset(2011, 5, 13, 4, 42, 34, 500, TimeSpan.FromHours(2))));
}
