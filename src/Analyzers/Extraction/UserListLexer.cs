using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Dsl;

namespace XmppTopology.Analyzers.Extraction;

/// <summary>
/// The tokens of a method body that lists users, read from its text: names, <c>.</c>,
/// <c>(</c>, <c>)</c>, <c>;</c> and string literals, skipping whitespace and comments. Everything
/// else is <see cref="UserListTokenKind.Other"/>, and the method goes to the binder.
/// </summary>
/// <remarks>
/// Written by hand: Roslyn's syntax nodes for these statements (about 700 bytes a line, kept as
/// long as the tree) and its lexer (new tokens for text it has lexed already) cost most of a large
/// topology's analysis. Only code the compiler accepted is read (a body without diagnostics or
/// directives), so this subset of C# needs no error handling: ASCII identifiers, regular string
/// literals without escapes, verbatim string literals.
/// </remarks>
internal struct UserListLexer(SourceText text, int start, int end)
{
    private int _position = start;

    /// <summary>The next token; <see cref="UserListTokenKind.End"/> at the end of the range.</summary>
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    public UserListToken Next()
    {
        SkipWhitespaceAndComments();
        if (_position >= end)
        {
            return new UserListToken(UserListTokenKind.End, end, end);
        }

        var first = _position;
        var character = text[_position++];
        switch (character)
        {
            case '.':
                return new UserListToken(UserListTokenKind.Dot, first, _position);
            case '(':
                return new UserListToken(UserListTokenKind.OpenParenthesis, first, _position);
            case ')':
                return new UserListToken(UserListTokenKind.CloseParenthesis, first, _position);
            case ';':
                return new UserListToken(UserListTokenKind.Semicolon, first, _position);
            case '"':
                return RegularString(first);
            case '@' when _position < end && text[_position] == '"':
                _position++;
                return VerbatimString(first);
            case var letter when IsIdentifierStart(letter):
                while (_position < end && IsIdentifierPart(text[_position]))
                {
                    _position++;
                }

                return new UserListToken(UserListTokenKind.Identifier, first, _position);
            default:
                return new UserListToken(UserListTokenKind.Other, first, _position);
        }
    }

    // "…" without escape sequences; one with a backslash is not read here.
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    private UserListToken RegularString(int first)
    {
        while (_position < end && text[_position] is not ('"' or '\\' or '\r' or '\n'))
        {
            _position++;
        }

        if (_position >= end || text[_position] != '"')
        {
            return new UserListToken(UserListTokenKind.Other, first, _position);
        }

        _position++;
        return new UserListToken(UserListTokenKind.String, first, _position);
    }

    // @"…", where "" stands for one quote.
    private UserListToken VerbatimString(int first)
    {
        while (_position < end)
        {
            if (text[_position] == '"')
            {
                if (_position + 1 < end && text[_position + 1] == '"')
                {
                    _position += 2;
                    continue;
                }

                _position++;
                return new UserListToken(UserListTokenKind.String, first, _position);
            }

            _position++;
        }

        return new UserListToken(UserListTokenKind.Other, first, _position);
    }

    /// <summary>Whether the token's text is <paramref name="expected"/>, compared where it is written.</summary>
    public readonly bool IsText(UserListToken token, string expected)
    {
        if (token.End - token.Start != expected.Length)
        {
            return false;
        }

        for (var index = 0; index < expected.Length; index++)
        {
            if (text[token.Start + index] != expected[index])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The token's text as a key, without copying it out of the source.</summary>
    public readonly MemberName Name(UserListToken token) => new(text, TextSpan.FromBounds(token.Start, token.End));

    /// <summary>The token's text: a name.</summary>
    public readonly string Text(UserListToken token) => text.ToString(TextSpan.FromBounds(token.Start, token.End));

    /// <summary>The value of a string literal token.</summary>
    public readonly string StringValue(UserListToken token) => StringValue(text, TextSpan.FromBounds(token.Start, token.End));

    /// <summary>
    /// The text as one string, for reading every line of a tree. An editor's text after an edit is
    /// the old text's segments and the change, and reading it a character at a time looks up the
    /// segment each time: the lines of one edited users file cost ten times as much to read. A
    /// text already one string is returned as it is, without a copy.
    /// </summary>
    public static SourceText Flat(SourceText text) => SourceText.From(text.ToString());

    /// <summary>The value of a string literal this lexer read, at <paramref name="literal"/> in <paramref name="text"/>.</summary>
    public static string StringValue(SourceText text, TextSpan literal) => text[literal.Start] == '@'
        ? text.ToString(TextSpan.FromBounds(literal.Start + 2, literal.End - 1)).Replace("\"\"", "\"")
        : text.ToString(TextSpan.FromBounds(literal.Start + 1, literal.End - 1));

    private void SkipWhitespaceAndComments()
    {
        while (_position < end)
        {
            var character = text[_position];
            if (char.IsWhiteSpace(character))
            {
                _position++;
            }
            else if (character == '/' && _position + 1 < end && text[_position + 1] == '/')
            {
                while (_position < end && !IsNewLine(text[_position]))
                {
                    _position++;
                }
            }
            else if (character == '/' && _position + 1 < end && text[_position + 1] == '*')
            {
                _position += 2;
                while (_position < end && !(text[_position] == '*' && _position + 1 < end && text[_position + 1] == '/'))
                {
                    _position++;
                }

                _position = _position < end ? _position + 2 : end;
            }
            else
            {
                return;
            }
        }
    }

    // C#'s new-line characters: what ends a // comment.
    private static bool IsNewLine(char character) => character is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsIdentifierStart(char character) => character is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsIdentifierPart(char character) => IsIdentifierStart(character) || character is >= '0' and <= '9';
}
