using System;
using Microsoft.CodeAnalysis.Text;

namespace XmppTopology.Analyzers.Dsl;

/// <summary>
/// A member's name as a dictionary key: either a string or the characters at a span of a source
/// text, equal and hashed alike. Users files name a pool handle on every line (a million lines
/// at 10x): looking it up by the name as written makes no string per line, and only a name seen
/// for the first time is copied into one (<see cref="Kept"/>).
/// </summary>
/// <remarks>Written by hand: netstandard2.0 has no dictionary lookup by a span of characters.</remarks>
internal readonly struct MemberName : IEquatable<MemberName>
{
    private readonly string? _name;
    private readonly SourceText? _text;
    private readonly int _start;
    private readonly int _length;
    private readonly int _hash;

    public MemberName(string name)
    {
        (_name, _length) = (name, name.Length);
        _hash = Hash(this);
    }

    public MemberName(SourceText text, TextSpan span)
    {
        (_text, _start, _length) = (text, span.Start, span.Length);
        _hash = Hash(this);
    }

    /// <summary>The same name, holding a string rather than the source text.</summary>
    public MemberName Kept() => _name is null ? new MemberName(ToString()) : this;

    public bool Equals(MemberName other)
    {
        if (_hash != other._hash || _length != other._length)
        {
            return false;
        }

        for (var index = 0; index < _length; index++)
        {
            if (this[index] != other[index])
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is MemberName other && Equals(other);

    public override int GetHashCode() => _hash;

    public override string ToString() => _name ?? _text?.ToString(new TextSpan(_start, _length)) ?? "";

    private char this[int index] => _name is not null ? _name[index] : _text![_start + index];

    // FNV-1a over the characters.
    private static int Hash(in MemberName name)
    {
        var hash = 2166136261u;
        for (var index = 0; index < name._length; index++)
        {
            hash = (hash ^ name[index]) * 16777619u;
        }

        return (int)hash;
    }
}
