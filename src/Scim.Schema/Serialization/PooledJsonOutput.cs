using System.Buffers;
using System.Text.Json;

namespace Scim.Schema;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> and its buffer, kept per thread so that serializing a resource to bytes allocates
/// only the result. Lent to one serialization at a time; one that fails is simply not given back. The buffer is
/// cleared when given back, so no document outlives its serialization in it.
/// </summary>
internal sealed class PooledJsonOutput
{
    private const int MaxKeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static PooledJsonOutput? t_cached;

    private readonly ArrayBufferWriter<byte> _buffer = new(2048);

    /// <summary>
    /// The library's writer options without the structural checks of every call: only <see cref="ScimJsonWriter"/>
    /// writes through this writer, and it writes one balanced object by construction (strings are still validated).
    /// </summary>
    private static readonly JsonWriterOptions Options = ScimJsonWriter.WriterOptions with { SkipValidation = true };

    private PooledJsonOutput() => Writer = new Utf8JsonWriter(_buffer, Options);

    /// <summary>The writer, over the pooled buffer.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Takes the thread's instance (or a new one when it is lent out).</summary>
    public static PooledJsonOutput Rent()
    {
        var output = t_cached ?? new PooledJsonOutput();
        t_cached = null;
        return output;
    }

    /// <summary>Gives an instance back, emptied; one grown by a huge document is dropped.</summary>
    public static void Return(PooledJsonOutput output)
    {
        if (output._buffer.Capacity > MaxKeptCapacity)
        {
            return;
        }

        output._buffer.Clear();
        output.Writer.Reset(output._buffer);
        t_cached = output;
    }

    /// <summary>Flushes the writer and copies what it wrote.</summary>
    public byte[] ToArray()
    {
        Writer.Flush();
        return _buffer.WrittenSpan.ToArray();
    }
}
