using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Scim.Filter;
using Scim.Schema;

namespace Scim.Abstractions;

/// <summary>
/// A cursor-paging position (RFC 9865) as the built-in stores encode it: the sort key and id of the item the page
/// starts after (or ends before), and a fingerprint of the sort order it belongs to. The token is base64url JSON,
/// opaque to clients; no server-side session is needed, so any server instance can continue a walk.
/// </summary>
public sealed class ScimCursor
{
    /// <summary>The longest cursor token accepted, in characters.</summary>
    public const int MaxLength = 4096;

    /// <summary>Creates a position.</summary>
    /// <param name="sortKey">The sort key of the item, as text the store can read back; <see langword="null"/> when the item has no value.</param>
    /// <param name="id">The id of the item (the tie-breaker).</param>
    /// <param name="backward">Whether the page ends before the item (a previous-page cursor) instead of starting after it.</param>
    /// <param name="fingerprint">The sort order the position belongs to (see <see cref="FingerprintOf"/>).</param>
    public ScimCursor(string? sortKey, string id, bool backward, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(fingerprint);
        SortKey = sortKey;
        Id = id;
        Backward = backward;
        Fingerprint = fingerprint;
    }

    /// <summary>The sort key of the item, or <see langword="null"/> when it has no value.</summary>
    public string? SortKey { get; }

    /// <summary>The id of the item.</summary>
    public string Id { get; }

    /// <summary>Whether the page ends before the item (previous page) rather than starting after it (next page).</summary>
    public bool Backward { get; }

    /// <summary>The sort order the position belongs to.</summary>
    public string Fingerprint { get; }

    /// <summary>The fingerprint of a sort order: the canonical sort path and direction.</summary>
    /// <param name="sortBy">The sort attribute, or <see langword="null"/> for the default order.</param>
    /// <param name="descending">Whether the order is descending.</param>
    /// <returns>The fingerprint.</returns>
    public static string FingerprintOf(AttributePath? sortBy, bool descending) =>
        (sortBy?.ToString().ToLowerInvariant() ?? string.Empty) + (descending ? "|d" : "|a");

    /// <summary>Encodes the position as an opaque token.</summary>
    /// <returns>The token.</returns>
    public string Encode()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("f", Fingerprint);
            if (SortKey is not null)
            {
                writer.WriteString("k", SortKey);
            }

            writer.WriteString("i", Id);
            if (Backward)
            {
                writer.WriteBoolean("b", true);
            }

            writer.WriteEndObject();
        }

        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }

    /// <summary>Decodes a token that <see cref="Encode"/> produced, for the given sort order.</summary>
    /// <param name="token">The token.</param>
    /// <param name="fingerprint">The fingerprint of the query's sort order.</param>
    /// <returns>The position.</returns>
    /// <exception cref="ScimException">400 <c>invalidCursor</c> when the token is malformed or belongs to another sort order.</exception>
    public static ScimCursor Decode(string token, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(fingerprint);
        if (token.Length > MaxLength || !Base64Url.IsValid(token))
        {
            throw Invalid();
        }

        try
        {
            var bytes = Base64Url.DecodeFromChars(token);
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 2 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("f", out var f) || f.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("i", out var i) || i.ValueKind != JsonValueKind.String)
            {
                throw Invalid();
            }

            string? key = null;
            if (root.TryGetProperty("k", out var k))
            {
                key = k.ValueKind == JsonValueKind.String ? k.GetString() : throw Invalid();
            }

            var backward = root.TryGetProperty("b", out var b) && b.ValueKind == JsonValueKind.True;
            var cursor = new ScimCursor(key, i.GetString()!, backward, f.GetString()!);
            if (!string.Equals(cursor.Fingerprint, fingerprint, StringComparison.Ordinal))
            {
                throw new ScimException(400, ScimErrorType.InvalidCursor, "The cursor belongs to a different sort order; start again without a cursor.");
            }

            return cursor;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            throw Invalid();
        }
    }

    private static ScimException Invalid() => new(400, ScimErrorType.InvalidCursor, "The cursor is not one this service issued.");
}
