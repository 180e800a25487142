using System.Text.Json;

namespace Scim.Schema;

/// <summary>
/// Where <see cref="ScimJsonWriter"/> writes a resource's tokens: a caller's <see cref="Utf8JsonWriter"/>
/// (<see cref="WriterSink"/>), or the library's own byte output (<see cref="Utf8OutputSink"/>) when it serializes to
/// bytes. Implemented by structs, so that the one traversal is compiled once per sink with direct calls.
/// </summary>
internal interface IJsonSink
{
    void StartObject();

    void EndObject();

    void StartArray();

    void EndArray();

    /// <summary>A property name; <paramref name="encoded"/> is its pre-encoded form when it needs no escaping.</summary>
    void PropertyName(string name, JsonEncodedText? encoded);

    /// <summary>A string value; <paramref name="encoded"/> is its pre-encoded form when it needs no escaping.</summary>
    void String(string value, JsonEncodedText? encoded);

    void String(ReadOnlySpan<char> value);

    void Boolean(bool value);

    void Integer(long value);

    void Decimal(decimal value);
}

/// <summary>Writes through a caller's <see cref="Utf8JsonWriter"/>.</summary>
internal readonly struct WriterSink(Utf8JsonWriter writer) : IJsonSink
{
    public void StartObject() => writer.WriteStartObject();

    public void EndObject() => writer.WriteEndObject();

    public void StartArray() => writer.WriteStartArray();

    public void EndArray() => writer.WriteEndArray();

    public void PropertyName(string name, JsonEncodedText? encoded)
    {
        if (encoded is { } plain)
        {
            writer.WritePropertyName(plain);
        }
        else
        {
            writer.WritePropertyName(name);
        }
    }

    public void String(string value, JsonEncodedText? encoded)
    {
        if (encoded is { } plain)
        {
            writer.WriteStringValue(plain);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    public void String(ReadOnlySpan<char> value) => writer.WriteStringValue(value);

    public void Boolean(bool value) => writer.WriteBooleanValue(value);

    public void Integer(long value) => writer.WriteNumberValue(value);

    public void Decimal(decimal value) => writer.WriteNumberValue(value);
}

/// <summary>Writes into a <see cref="Utf8JsonOutput"/>.</summary>
internal readonly struct Utf8OutputSink(Utf8JsonOutput output) : IJsonSink
{
    public void StartObject() => output.Start((byte)'{');

    public void EndObject() => output.End((byte)'}');

    public void StartArray() => output.Start((byte)'[');

    public void EndArray() => output.End((byte)']');

    public void PropertyName(string name, JsonEncodedText? encoded)
    {
        if (encoded is { } plain)
        {
            output.PlainPropertyName(plain.EncodedUtf8Bytes);
        }
        else
        {
            output.PropertyName(name);
        }
    }

    public void String(string value, JsonEncodedText? encoded)
    {
        if (encoded is { } plain)
        {
            output.PlainString(plain.EncodedUtf8Bytes);
        }
        else
        {
            output.String(value);
        }
    }

    public void String(ReadOnlySpan<char> value) => output.String(value);

    public void Boolean(bool value) => output.Boolean(value);

    public void Integer(long value) => output.Integer(value);

    public void Decimal(decimal value) => output.Decimal(value);
}
