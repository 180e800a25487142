namespace Scim.Schema;

/// <summary>A binary value (RFC 7643 §2.3.6), kept in its base64 form.</summary>
public sealed class ScimBinary : ScimValue
{
    /// <summary>Creates a binary value from base64 text.</summary>
    /// <param name="base64">The base64 text.</param>
    /// <exception cref="ScimException"><paramref name="base64"/> is not valid base64 (400 <c>invalidValue</c>).</exception>
    public ScimBinary(string base64)
    {
        ArgumentNullException.ThrowIfNull(base64);
        if (!System.Buffers.Text.Base64.IsValid(base64))
        {
            throw ScimException.InvalidValue("A binary value is not valid base64.");
        }

        Base64 = base64;
    }

    /// <summary>The base64 text.</summary>
    public string Base64 { get; }

    /// <inheritdoc />
    public override ScimValueKind Kind => ScimValueKind.Binary;

    /// <summary>Decodes the bytes.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToBytes() => Convert.FromBase64String(Base64);

    /// <inheritdoc />
    public override bool Equals(ScimValue? other) => other is ScimBinary b && string.Equals(Base64, b.Base64, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Base64) ^ 0x3C3C;

    /// <inheritdoc />
    public override string ToString() => Base64;
}
