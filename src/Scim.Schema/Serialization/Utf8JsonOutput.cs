using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Scim.Schema;

/// <summary>
/// Compact JSON written straight into a byte array, for <see cref="ScimJsonWriter.SerializeResource"/>: the bytes are
/// exactly what <see cref="Utf8JsonWriter"/> with <see cref="ScimJsonWriter.WriterOptions"/> writes for the same
/// tokens, in fewer steps per token (a resource is mostly short names and short strings, where the general writer's
/// per-call work outweighs the copying).
/// </summary>
/// <remarks>
/// <para>Why the bytes are the same: a string is copied as it is only when every character is one that the writer
/// itself leaves unescaped, a set taken from the writer when this type is first used, not written down here; every
/// other string (non-ASCII text, quotes, control characters), and every decimal, is written by a
/// <see cref="Utf8JsonWriter"/> with the library's options and its bytes copied. Integers use the formatter the
/// writer uses. Names and schema URNs the schema pre-encoded are copied.</para>
/// <para>One instance is kept per thread and lent to one serialization at a time (one that fails is simply not given
/// back). The used part of the buffer is cleared when it is given back, so no document outlives its serialization
/// in it.</para>
/// </remarks>
internal sealed class Utf8JsonOutput
{
    private const int InitialCapacity = 4096;
    private const int MaxKeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static Utf8JsonOutput? t_cached;

    /// <summary>The characters <see cref="Utf8JsonWriter"/> writes as they are, asked of the writer itself.</summary>
    private static readonly SearchValues<char> Unescaped = SearchValues.Create(FindUnescapedAscii());

    private byte[] _buffer = new byte[InitialCapacity];
    private int _length;
    private bool _separate;
    private ArrayBufferWriter<byte>? _escapeBuffer;
    private Utf8JsonWriter? _escapeWriter;

    private Utf8JsonOutput()
    {
    }

    /// <summary>Takes the thread's instance (or a new one when it is lent out).</summary>
    public static Utf8JsonOutput Rent()
    {
        var output = t_cached ?? new Utf8JsonOutput();
        t_cached = null;
        return output;
    }

    /// <summary>Gives an instance back, its used part cleared; one grown by a huge document is dropped.</summary>
    public static void Return(Utf8JsonOutput output)
    {
        if (output._buffer.Length > MaxKeptCapacity)
        {
            return;
        }

        output._buffer.AsSpan(0, output._length).Clear();
        output._length = 0;
        output._separate = false;
        t_cached = output;
    }

    /// <summary>A copy of what was written.</summary>
    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    public void Start(byte token)
    {
        var buffer = Reserve(2);
        if (_separate)
        {
            buffer[_length++] = (byte)',';
        }

        buffer[_length++] = token;
        _separate = false;
    }

    public void End(byte token)
    {
        Reserve(1)[_length++] = token;
        _separate = true;
    }

    /// <summary>A property name that needs no escaping, given as its UTF-8 bytes.</summary>
    public void PlainPropertyName(ReadOnlySpan<byte> utf8)
    {
        var buffer = WritePlain(utf8, 1);
        buffer[_length++] = (byte)':';
        _separate = false;
    }

    public void PropertyName(ReadOnlySpan<char> name)
    {
        WriteText(name);
        Reserve(1)[_length++] = (byte)':';
        _separate = false;
    }

    /// <summary>A string value that needs no escaping, given as its UTF-8 bytes.</summary>
    public void PlainString(ReadOnlySpan<byte> utf8)
    {
        WritePlain(utf8, 0);
        _separate = true;
    }

    /// <summary>A separator when one is due, then the quoted bytes; returns the buffer with <paramref name="extra"/> more bytes of room.</summary>
    private byte[] WritePlain(ReadOnlySpan<byte> utf8, int extra)
    {
        var buffer = Reserve(utf8.Length + 3 + extra);
        if (_separate)
        {
            buffer[_length++] = (byte)',';
        }

        buffer[_length++] = (byte)'"';
        utf8.CopyTo(buffer.AsSpan(_length));
        _length += utf8.Length;
        buffer[_length++] = (byte)'"';
        return buffer;
    }

    public void String(ReadOnlySpan<char> value)
    {
        WriteText(value);
        _separate = true;
    }

    public void Boolean(bool value)
    {
        var buffer = Reserve(6);
        if (_separate)
        {
            buffer[_length++] = (byte)',';
        }

        var literal = value ? "true"u8 : "false"u8;
        literal.CopyTo(buffer.AsSpan(_length));
        _length += literal.Length;
        _separate = true;
    }

    public void Integer(long value)
    {
        var buffer = Reserve(21);
        if (_separate)
        {
            buffer[_length++] = (byte)',';
        }

        // The formatter Utf8JsonWriter.WriteNumberValue(long) uses.
        if (!Utf8Formatter.TryFormat(value, buffer.AsSpan(_length), out var written))
        {
            throw new InvalidOperationException("An integer did not fit its formatting buffer.");
        }

        _length += written;
        _separate = true;
    }

    public void Decimal(decimal value)
    {
        var writer = EscapeWriter();
        writer.WriteNumberValue(value);
        CopyEscaped(writer);
        _separate = true;
    }

    /// <summary>A quoted string (value or name), preceded by a separator when one is due.</summary>
    private void WriteText(ReadOnlySpan<char> text)
    {
        if (text.ContainsAnyExcept(Unescaped))
        {
            var writer = EscapeWriter();
            writer.WriteStringValue(text);
            CopyEscaped(writer);
            return;
        }

        // Only ASCII the writer leaves as it is: one byte per character.
        var buffer = Reserve(text.Length + 3);
        if (_separate)
        {
            buffer[_length++] = (byte)',';
        }

        buffer[_length++] = (byte)'"';
        Ascii.FromUtf16(text, buffer.AsSpan(_length), out var written);
        _length += written;
        buffer[_length++] = (byte)'"';
    }

    private Utf8JsonWriter EscapeWriter()
    {
        if (_escapeWriter is null)
        {
            _escapeBuffer = new ArrayBufferWriter<byte>(256);
            _escapeWriter = new Utf8JsonWriter(_escapeBuffer, ScimJsonWriter.WriterOptions);
        }

        return _escapeWriter;
    }

    /// <summary>Copies the one value the escape writer wrote (with a separator when one is due) and resets it.</summary>
    private void CopyEscaped(Utf8JsonWriter writer)
    {
        writer.Flush();
        var written = _escapeBuffer!.WrittenSpan;
        var buffer = Reserve(written.Length + 1);
        if (_separate)
        {
            buffer[_length++] = (byte)',';
        }

        written.CopyTo(buffer.AsSpan(_length));
        _length += written.Length;
        _escapeBuffer.Clear();
        writer.Reset();
    }

    /// <summary>The buffer, with room for <paramref name="count"/> more bytes.</summary>
    private byte[] Reserve(int count)
    {
        if (_buffer.Length - _length < count)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }

        return _buffer;
    }

    private static char[] FindUnescapedAscii()
    {
        var unescaped = new List<char>(128);
        var buffer = new ArrayBufferWriter<byte>(16);
        using var writer = new Utf8JsonWriter(buffer, ScimJsonWriter.WriterOptions);
        Span<char> one = stackalloc char[1];
        for (var c = (char)0; c < 128; c++)
        {
            one[0] = c;
            writer.WriteStringValue(one);
            writer.Flush();
            var bytes = buffer.WrittenSpan;
            if (bytes.Length == 3 && bytes[1] == (byte)c)
            {
                unescaped.Add(c);
            }

            buffer.Clear();
            writer.Reset();
        }

        return [.. unescaped];
    }
}
