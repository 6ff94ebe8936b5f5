using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;

namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// A hash of a SIP address that every spelling of it shares, whatever its case (TOPO006 compares
/// SIP addresses as <c>Topo006DuplicateUser.SipAddresses</c> does): from a users line's literal
/// without making a string of it, or from a string. Equal addresses hash alike; addresses that
/// only collide are told apart by comparing their strings, which are made for those few alone.
/// </summary>
internal static class SipAddressHash
{
    private const int Seed = unchecked((int)2166136261);
    private const int Prime = 16777619;

    // A users line's literal is copied here to be hashed: a buffer per thread, no string per line.
    [System.ThreadStatic]
    private static char[]? t_buffer;

    // What each character counts as (Fold), by code: a table, so that the per-character loops
    // below are a load and a multiply.
    private static readonly byte[] Folded = FoldTable();

    [MethodImpl(HotLoop.OptimizedAtOnce)]
    public static int Of(string sipAddress)
    {
        var (folded, hash) = (Folded, Seed);
        foreach (var character in sipAddress)
        {
            hash = unchecked((hash ^ (character < 0x80 ? folded[character] : 0x80)) * Prime);
        }

        return hash;
    }

    /// <summary>The hash of the value of a string literal that <c>UserListLexer</c> read: <c>"…"</c> without escapes, or <c>@"…"</c>.</summary>
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    public static int Of(SourceText text, TextSpan literal)
    {
        var verbatim = text[literal.Start] == '@';
        var start = literal.Start + (verbatim ? 2 : 1);
        var length = literal.End - 1 - start;
        var buffer = t_buffer is { } kept && kept.Length >= length ? kept : t_buffer = new char[System.Math.Max(length, 128)];
        text.CopyTo(start, buffer, 0, length);
        var (folded, hash) = (Folded, Seed);
        for (var index = 0; index < length; index++)
        {
            var character = buffer[index];
            hash = unchecked((hash ^ (character < 0x80 ? folded[character] : 0x80)) * Prime);
            if (verbatim && character == '"')
            {
                index++; // "" stands for one quote
            }
        }

        return hash;
    }

    private static byte[] FoldTable()
    {
        var table = new byte[0x80];
        for (var character = 0; character < table.Length; character++)
        {
            table[character] = (byte)Fold((char)character);
        }

        return table;
    }

    // What a character counts as. Without case, a character that is not ASCII may equal an ASCII
    // one, depending on the runtime's casing (ı and I, ſ and S, the Kelvin sign and K): every
    // character that is not ASCII, and those three letters, count as one and the same.
    private static int Fold(char character)
    {
        var upper = character is >= 'a' and <= 'z' ? (char)(character - ('a' - 'A')) : character;
        return upper < 0x80 && upper is not ('I' or 'S' or 'K') ? upper : 0x80;
    }
}
