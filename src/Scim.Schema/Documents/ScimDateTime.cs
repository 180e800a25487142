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
    public static string Format(DateTimeOffset value) => value.Offset == TimeSpan.Zero
        ? value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
