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
        int written;
        var done = value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.TryFormat(destination, out written, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : value.TryFormat(destination, out written, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        return done ? written : throw new InvalidOperationException("A dateTime did not fit its formatting buffer.");
    }
}
