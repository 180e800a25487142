using Superpower.Model;

namespace Scim.Filter.Parsing;

/// <summary>
/// Exactly sized token arrays kept per thread between parses. A Superpower <see cref="TokenList{TKind}"/> ends at the
/// end of its array, so the parser needs an array of exactly the token count; allocating it was the largest
/// allocation of a parse. Identity providers send the same few filter shapes over and over, so a handful of slots,
/// matched by length, serve almost every parse. A rented array leaves its slot (a parse nested on the same thread
/// would allocate a fresh one) and is cleared when it comes back, so the pool never keeps a filter's text alive.
/// At most <see cref="Slots"/> arrays of at most <see cref="MaxPooledLength"/> tokens are kept per thread.
/// </summary>
internal static class TokenArrayPool
{
    /// <summary>The longest array kept (32 bytes a token).</summary>
    private const int MaxPooledLength = 512;

    /// <summary>How many arrays a thread keeps.</summary>
    private const int Slots = 8;

    [ThreadStatic]
    private static Token<FilterToken>[]?[]? t_slots;

    [ThreadStatic]
    private static int t_nextVictim;

    /// <summary>An array of exactly <paramref name="length"/> tokens, from this thread's slots when one fits.</summary>
    public static Token<FilterToken>[] Rent(int length)
    {
        var slots = t_slots;
        if (slots is not null && length <= MaxPooledLength)
        {
            for (var i = 0; i < slots.Length; i++)
            {
                var array = slots[i];
                if (array is not null && array.Length == length)
                {
                    slots[i] = null;
                    return array;
                }
            }
        }

        return new Token<FilterToken>[length];
    }

    /// <summary>Clears <paramref name="array"/> and keeps it for a later parse on this thread, in an empty slot or,
    /// when all are taken, in place of the oldest.</summary>
    public static void Return(Token<FilterToken>[] array)
    {
        if (array.Length is 0 or > MaxPooledLength)
        {
            return;
        }

        Array.Clear(array);
        var slots = t_slots ??= new Token<FilterToken>[]?[Slots];
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] is null)
            {
                slots[i] = array;
                return;
            }
        }

        slots[t_nextVictim] = array;
        t_nextVictim = (t_nextVictim + 1) % Slots;
    }
}
