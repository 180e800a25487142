namespace Scim.Schema;

/// <summary>
/// Parses the one dateTime shape that services write and store almost exclusively, a UTC instant
/// <c>yyyy-MM-ddTHH:mm:ss[.fffffff]Z</c>, straight from a JSON string's UTF-8 bytes, without decoding it into a string
/// or running the general xsd:dateTime parser. Anything else (an offset, a lowercase <c>z</c>, no zone, more than seven
/// fractional digits, hour 24, a leap second, year 0) is left to <see cref="ScimJsonReader.ParseDateTime"/>, which
/// gives the same instant for every text accepted here.
/// </summary>
internal static class UtcDateTimeText
{
    private const int MaxFractionDigits = 7;

    /// <summary>Parses <paramref name="utf8"/> when it has the fast shape and is a valid instant.</summary>
    /// <param name="utf8">The unescaped bytes of the JSON string.</param>
    /// <param name="value">The instant, with offset zero.</param>
    /// <returns><see langword="false"/> when the text has another shape or is out of range (then use the general parser).</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out DateTimeOffset value)
    {
        value = default;
        if (utf8.Length < 20 || utf8.Length > 21 + MaxFractionDigits || utf8[^1] != (byte)'Z'
            || utf8[4] != (byte)'-' || utf8[7] != (byte)'-' || utf8[10] != (byte)'T' || utf8[13] != (byte)':' || utf8[16] != (byte)':')
        {
            return false;
        }

        if (!TryDigits(utf8, 0, 4, out var year) || !TryDigits(utf8, 5, 2, out var month) || !TryDigits(utf8, 8, 2, out var day)
            || !TryDigits(utf8, 11, 2, out var hour) || !TryDigits(utf8, 14, 2, out var minute) || !TryDigits(utf8, 17, 2, out var second))
        {
            return false;
        }

        long fractionTicks = 0;
        if (utf8.Length > 20)
        {
            // ".f" to ".fffffff" before the Z.
            var digits = utf8.Length - 21;
            if (utf8[19] != (byte)'.' || digits < 1 || !TryDigits(utf8, 20, digits, out var fraction))
            {
                return false;
            }

            fractionTicks = fraction;
            for (var i = digits; i < MaxFractionDigits; i++)
            {
                fractionTicks *= 10;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).Ticks + fractionTicks;
        value = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> utf8, int start, int count, out int value)
    {
        value = 0;
        foreach (var b in utf8.Slice(start, count))
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }
}
