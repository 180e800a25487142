using System.Text;
using System.Text.Json;
using Scim.Schema;

namespace Scim.Patch;

/// <summary>
/// The keys seen in one JSON object of a PatchOp message, so that a duplicate (also one differing only in case) is
/// refused. The members the reader knows (<c>op</c>, <c>path</c>, <c>value</c>...) are recognised from their UTF-8
/// bytes and noted as bits, without decoding them to strings; any other key is decoded and kept.
/// </summary>
internal struct KnownKeys
{
    private int _known;
    private List<string>? _others;

    /// <summary>
    /// Whether the string at the reader equals <paramref name="text"/> (ordinally, or ignoring case); plain ASCII is
    /// compared as bytes, anything escaped or non-ASCII is decoded first so that the answer is the one
    /// <see cref="string.Equals(string, string, StringComparison)"/> gives.
    /// </summary>
    public static bool TextEquals(ref Utf8JsonReader reader, string text, bool ignoreCase)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && Ascii.IsValid(reader.ValueSpan))
        {
            return ignoreCase ? Ascii.EqualsIgnoreCase(reader.ValueSpan, text) : Ascii.Equals(reader.ValueSpan, text);
        }

        return string.Equals(PatchRequestReader.GetString(ref reader), text, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>Notes the property name at the reader.</summary>
    /// <param name="reader">The reader, on a property name.</param>
    /// <param name="known">The member names the caller handles (at most 32).</param>
    /// <param name="operationIndex">The operation, for the error detail; <see langword="null"/> at the top level.</param>
    /// <returns>The index of the name in <paramref name="known"/> (case-insensitive), or -1 for another name.</returns>
    /// <exception cref="ScimException">400 <c>invalidSyntax</c> when the name was already seen.</exception>
    public int Note(ref Utf8JsonReader reader, string[] known, int? operationIndex)
    {
        var index = Match(ref reader, known, out var decoded);
        if (index >= 0)
        {
            if ((_known & (1 << index)) != 0)
            {
                throw Duplicate(decoded ?? PatchRequestReader.GetString(ref reader), operationIndex);
            }

            _known |= 1 << index;
            return index;
        }

        var name = decoded ?? PatchRequestReader.GetString(ref reader);
        _others ??= new List<string>(2);
        foreach (var existing in _others)
        {
            if (string.Equals(existing, name, StringComparison.OrdinalIgnoreCase))
            {
                throw Duplicate(name, operationIndex);
            }
        }

        _others.Add(name);
        return -1;
    }

    /// <summary>The index of the key at the reader in <paramref name="known"/> (case-insensitive), or -1; <paramref name="decoded"/> is the key when it had to be decoded.</summary>
    private static int Match(ref Utf8JsonReader reader, string[] known, out string? decoded)
    {
        decoded = null;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && Ascii.IsValid(reader.ValueSpan))
        {
            var bytes = reader.ValueSpan;
            for (var i = 0; i < known.Length; i++)
            {
                if (bytes.Length == known[i].Length && Ascii.EqualsIgnoreCase(bytes, known[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        decoded = PatchRequestReader.GetString(ref reader);
        for (var i = 0; i < known.Length; i++)
        {
            if (string.Equals(decoded, known[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static ScimException Duplicate(string name, int? operationIndex)
    {
        var where = operationIndex is null ? string.Empty : $"Operation {operationIndex}: ";
        return ScimException.InvalidSyntax($"{where}the key '{SafeText.Excerpt(name)}' appears more than once (keys are case-insensitive).");
    }
}
