using Superpower.Model;

namespace Scim.Filter.Parsing;

/// <summary>
/// One token array kept per thread between parses, which the tokenizer fills and the grammar reads as a span of its
/// first tokens. Allocating the token array was the largest allocation of a parse; identity providers send short
/// filters over and over, so one array of a few dozen tokens serves almost every parse. A rented array leaves the
/// slot (a parse nested on the same thread gets a fresh one) and the tokens written into it are cleared when it
/// comes back, so the pool never keeps a filter's text alive. Arrays longer than <see cref="MaxPooledLength"/> are
/// not kept.
/// </summary>
internal static class TokenArrayPool
{
    /// <summary>The length of a new array.</summary>
    internal const int InitialLength = 16;

    /// <summary>The longest array kept (32 bytes a token).</summary>
    internal const int MaxPooledLength = 512;

    [ThreadStatic]
    private static Token<FilterToken>[]? t_array;

    /// <summary>This thread's kept array, or a new one of <see cref="InitialLength"/> tokens.</summary>
    public static Token<FilterToken>[] Rent()
    {
        var array = t_array;
        if (array is null)
        {
            return new Token<FilterToken>[InitialLength];
        }

        t_array = null;
        return array;
    }

    /// <summary>An array twice as long holding the first <paramref name="count"/> tokens of <paramref name="array"/>.</summary>
    public static Token<FilterToken>[] Grow(Token<FilterToken>[] array, int count)
    {
        var larger = new Token<FilterToken>[Math.Max(InitialLength, array.Length * 2)];
        Array.Copy(array, larger, count);
        return larger;
    }

    /// <summary>Clears the first <paramref name="used"/> tokens of <paramref name="array"/> and keeps it for a later
    /// parse on this thread, unless it is too long or the thread already keeps a longer one.</summary>
    public static void Return(Token<FilterToken>[] array, int used)
    {
        if (array.Length > MaxPooledLength)
        {
            return;
        }

        array.AsSpan(0, used).Clear();
        var kept = t_array;
        if (kept is null || kept.Length < array.Length)
        {
            t_array = array;
        }
    }
}
