using System.Globalization;

namespace Scim.Schema;

/// <summary>A dateTime value (RFC 7643 §2.3.5), an instant with its offset.</summary>
/// <param name="value">The instant.</param>
public sealed class ScimDateTime(DateTimeOffset value) : ScimValue
{
    /// <summary>The instant.</summary>
    public DateTimeOffset Value { get; } = value;

    /// <inheritdoc />
    public override ScimValueKind Kind => ScimValueKind.DateTime;

    /// <inheritdoc />
    public override bool Equals(ScimValue? other) => other is ScimDateTime d && d.Value.Equals(Value);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>The xsd:dateTime form: <c>Z</c> for UTC, otherwise the offset; fractional seconds only when present.</summary>
    /// <returns>The text, for example <c>2011-05-13T04:42:34Z</c>.</returns>
    public override string ToString() => Format(Value);

    /// <summary>Formats an instant as xsd:dateTime the way the library writes it.</summary>
    /// <param name="value">The instant.</param>
    /// <returns>The text.</returns>
    public static string Format(DateTimeOffset value)
    {
        Span<char> text = stackalloc char[MaxFormattedLength];
        return new string(text[..Format(value, text)]);
    }

    /// <summary>The longest text <see cref="Format(DateTimeOffset, Span{char})"/> writes.</summary>
    internal const int MaxFormattedLength = 40;

    /// <summary>Formats an instant as <see cref="Format(DateTimeOffset)"/> does, into <paramref name="destination"/> (at least <see cref="MaxFormattedLength"/> long).</summary>
    /// <returns>The number of characters written.</returns>
    internal static int Format(DateTimeOffset value, Span<char> destination)
    {
        if (value.Offset == TimeSpan.Zero)
        {
            return FormatUtc(value.UtcDateTime, destination);
        }

        int written;
        var done = value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.TryFormat(destination, out written, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : value.TryFormat(destination, out written, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        return done ? written : throw new InvalidOperationException("A dateTime did not fit its formatting buffer.");
    }

    /// <summary><c>yyyy-MM-ddTHH:mm:ss.FFFFFFFZ</c> written digit by digit (the custom format string is parsed on every call).</summary>
    private static int FormatUtc(DateTime utc, Span<char> destination)
    {
        WriteDigits(destination, 0, utc.Year, 4);
        destination[4] = '-';
        WriteDigits(destination, 5, utc.Month, 2);
        destination[7] = '-';
        WriteDigits(destination, 8, utc.Day, 2);
        destination[10] = 'T';
        WriteDigits(destination, 11, utc.Hour, 2);
        destination[13] = ':';
        WriteDigits(destination, 14, utc.Minute, 2);
        destination[16] = ':';
        WriteDigits(destination, 17, utc.Second, 2);
        var length = 19;
        var fraction = (int)(utc.Ticks % TimeSpan.TicksPerSecond);
        if (fraction != 0)
        {
            // FFFFFFF: seven digits without trailing zeros.
            var digits = 7;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            destination[length++] = '.';
            WriteDigits(destination, length, fraction, digits);
            length += digits;
        }

        destination[length++] = 'Z';
        return length;
    }

    private static void WriteDigits(Span<char> destination, int start, int value, int count)
    {
        for (var i = start + count - 1; i >= start; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
