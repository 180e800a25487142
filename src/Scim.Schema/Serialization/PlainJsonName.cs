using System.Text.Encodings.Web;
using System.Text.Json;

namespace Scim.Schema;

/// <summary>
/// Pre-encodes schema names (attribute names, schema URNs) for <see cref="Utf8JsonWriter"/>, so that writing a
/// resource does not transcode the same names on every call. Only names that no encoder escapes are pre-encoded: their
/// bytes are then the same whatever encoder the writer was created with.
/// </summary>
internal static class PlainJsonName
{
    /// <summary>The encoded name, or <see langword="null"/> when some character would be escaped.</summary>
    public static JsonEncodedText? TryEncode(string name)
    {
        var encoded = JsonEncodedText.Encode(name, JavaScriptEncoder.Default);
        return encoded.EncodedUtf8Bytes.Length == name.Length ? encoded : null;
    }
}
