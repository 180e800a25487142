using System.Collections.Concurrent;
using System.Text.Json;
using Scim.Filter;
using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// Parses PATCH paths with the filter package's grammar (<see cref="ScimPath"/>), with a fast path for the plain
/// <c>name</c> / <c>name.sub</c> paths that make up most traffic and a small bounded cache for the rest (identity
/// providers send the same few paths over and over).
/// </summary>
internal static class PatchPathParser
{
    /// <summary>The longest path accepted, in characters (RELIABILITY.md: 1 KiB).</summary>
    public const int MaxPathLength = 1024;

    private const int CacheCapacity = 1024;
    private const int CacheableLength = 256;
    private static readonly ConcurrentDictionary<string, CachedPath> Cache = new(StringComparer.Ordinal);
    private static readonly FilterParseOptions Options = new() { MaxPathLength = MaxPathLength };
    private static readonly ConcurrentDictionary<string, CachedPath>.AlternateLookup<ReadOnlySpan<char>> CacheBySpan = Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Decodes the path string the reader is on. A path already in the cache comes back as the cached text (equal
    /// ordinally, so nothing but the text the client sent), which saves a string per operation for the paths identity
    /// providers repeat.
    /// </summary>
    /// <param name="reader">The reader, on the path string.</param>
    /// <param name="parsed">The cache entry of the text when it was in the cache (its parse is what <see cref="Parse"/> would return), else <see langword="null"/>.</param>
    /// <exception cref="ScimException">400 <c>invalidSyntax</c> for a string that is not valid Unicode.</exception>
    public static string ReadText(ref Utf8JsonReader reader, out CachedPath? parsed)
    {
        parsed = null;
        // An escaped string is never longer decoded than encoded, so a short encoding fits the buffer.
        if (reader.HasValueSequence || reader.ValueSpan.Length > CacheableLength)
        {
            return PatchRequestReader.GetString(ref reader);
        }

        Span<char> buffer = stackalloc char[reader.ValueSpan.Length];
        int length;
        try
        {
            length = reader.CopyString(buffer);
        }
        catch (InvalidOperationException)
        {
            // The same 400 as every other string (GetString throws it again with the common message).
            return PatchRequestReader.GetString(ref reader);
        }

        var text = buffer[..length];
        return CacheBySpan.TryGetValue(text, out var cached, out parsed) ? cached : new string(text);
    }

    /// <summary>Parses a path.</summary>
    /// <exception cref="ScimException">400 <c>invalidPath</c> when malformed or longer than 1 KiB.</exception>
    public static ScimPath Parse(string text, int operationIndex) => ParseCached(text, operationIndex, out _);

    /// <summary>Parses a path; <paramref name="cached"/> is its cache entry when it has (or now has) one.</summary>
    /// <exception cref="ScimException">400 <c>invalidPath</c> when malformed or longer than 1 KiB.</exception>
    public static ScimPath ParseCached(string text, int operationIndex, out CachedPath? cached)
    {
        if (text.Length > MaxPathLength)
        {
            throw ScimException.InvalidPath($"Operation {operationIndex}: the path is longer than {MaxPathLength} characters.");
        }

        if (Cache.TryGetValue(text, out cached))
        {
            return cached.Path;
        }

        var path = TryParseSimple(text);
        if (path is null)
        {
            if (!ScimPath.TryParse(text, out path, out var error, Options))
            {
                throw ScimException.InvalidPath($"Operation {operationIndex}: the path '{SafeText.Excerpt(text)}' is not valid: {error}");
            }
        }

        if (text.Length <= CacheableLength && Cache.Count < CacheCapacity)
        {
            cached = Cache.GetOrAdd(text, static (_, parsed) => new CachedPath(parsed), path);
            return cached.Path;
        }

        return path;
    }

    /// <summary><c>name</c> or <c>name.sub</c> without URN or filter, built without the tokenizer; <see langword="null"/> for anything else.</summary>
    private static ScimPath? TryParseSimple(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var name = dot < 0 ? text.AsSpan() : text.AsSpan(0, dot);
        var sub = dot < 0 ? [] : text.AsSpan(dot + 1);
        if (!IsName(name) || (dot >= 0 && !IsName(sub)))
        {
            return null;
        }

        return new ScimPath(new AttributePath(null, name.ToString(), dot < 0 ? null : sub.ToString()));
    }

    private static bool IsName(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !(char.IsAsciiLetter(text[0]) || text[0] == '$'))
        {
            return false;
        }

        foreach (var c in text[1..])
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
