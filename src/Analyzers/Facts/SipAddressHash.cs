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

    // A users line's literal is copied here to be hashed: a buffer per thread, no string per line.
    [System.ThreadStatic]
    private static char[]? t_buffer;

    public static int Of(string sipAddress)
    {
        var hash = Seed;
        foreach (var character in sipAddress)
        {
            hash = Add(hash, character);
        }

        return hash;
    }

    /// <summary>The hash of the value of a string literal that <c>UserListLexer</c> read: <c>"…"</c> without escapes, or <c>@"…"</c>.</summary>
    public static int Of(SourceText text, TextSpan literal)
    {
        var verbatim = text[literal.Start] == '@';
        var start = literal.Start + (verbatim ? 2 : 1);
        var length = literal.End - 1 - start;
        var buffer = t_buffer is { } kept && kept.Length >= length ? kept : t_buffer = new char[System.Math.Max(length, 128)];
        text.CopyTo(start, buffer, 0, length);
        var hash = Seed;
        for (var index = 0; index < length; index++)
        {
            hash = Add(hash, buffer[index]);
            if (verbatim && buffer[index] == '"')
            {
                index++; // "" stands for one quote
            }
        }

        return hash;
    }

    private static int Add(int hash, char character) => unchecked((hash ^ Fold(character)) * 16777619);

    // What a character counts as. Without case, a character that is not ASCII may equal an ASCII
    // one, depending on the runtime's casing (ı and I, ſ and S, the Kelvin sign and K): every
    // character that is not ASCII, and those three letters, count as one and the same.
    private static int Fold(char character)
    {
        var upper = character is >= 'a' and <= 'z' ? (char)(character - ('a' - 'A')) : character;
        return upper < 0x80 && upper is not ('I' or 'S' or 'K') ? upper : 0x80;
    }
}
