using System.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Extraction;

/// <summary>
/// One statement of a method that only lists users, as written:
/// <c>plan.User("sip").HomedOn(Type.Member).MoveTo("fqdn").Xmpp().ExternalAccessPolicy("name");</c>,
/// each setting made at most once, in any order. Spans only: what the names mean is the reader's
/// business (<see cref="UserListReader"/>); the checker reads a statement again for its spans when
/// it reports on it.
/// </summary>
internal struct UserStatement
{
    public UserListToken Plan;
    public LineCall User;
    public LineCall Home;
    public LineCall Move;
    public LineCall Xmpp;
    public LineCall Policy;

    /// <summary>How many DSL calls the statement makes.</summary>
    public readonly int CallCount => 1 + (Home.IsMade ? 1 : 0) + (Move.IsMade ? 1 : 0) + (Xmpp.IsMade ? 1 : 0) + (Policy.IsMade ? 1 : 0);

    /// <summary>The statement that starts at <paramref name="start"/> of <paramref name="text"/>, one the reader read there before.</summary>
    public static UserStatement At(SourceText text, int start)
    {
        // The same text from the same place: the lexer keeps no state but its position, and the
        // statement ended at its semicolon, inside the range it was first read in.
        var lexer = new UserListLexer(text, start, text.Length);
        var read = Read(lexer.Next(), ref lexer, out var statement);
        Debug.Assert(read, "a users line is read again from the text it was read from");
        return statement;
    }

    /// <summary>The statement that starts with <paramref name="plan"/>; false when it takes another shape.</summary>
    public static bool Read(UserListToken plan, ref UserListLexer lexer, out UserStatement statement)
    {
        statement = new UserStatement { Plan = plan };
        if (!plan.Is(UserListTokenKind.Identifier)
            || !lexer.Next().Is(UserListTokenKind.Dot)
            || lexer.Next() is not { Kind: UserListTokenKind.Identifier } name || !lexer.IsText(name, "User")
            || !lexer.Next().Is(UserListTokenKind.OpenParenthesis)
            || lexer.Next() is not { Kind: UserListTokenKind.String } sip
            || lexer.Next() is not { Kind: UserListTokenKind.CloseParenthesis } close)
        {
            return false;
        }

        statement.User = new LineCall(Span(name, close), LineArgument.String, Span(sip, sip));
        while (true)
        {
            var next = lexer.Next();
            if (next.Is(UserListTokenKind.Semicolon))
            {
                return true;
            }

            if (!next.Is(UserListTokenKind.Dot) || !ReadSetting(ref lexer, plan.Start, ref statement))
            {
                return false;
            }
        }
    }

    // HomedOn(pool) | MoveTo(pool) | Xmpp() | Xmpp(true|false) | ExternalAccessPolicy("name"),
    // where a pool is a string or Type.Member. A setting made twice is not read here (each value
    // is read, the last one wins: left to the binder).
    private static bool ReadSetting(ref UserListLexer lexer, int chainStart, ref UserStatement statement)
    {
        if (lexer.Next() is not { Kind: UserListTokenKind.Identifier } name || !lexer.Next().Is(UserListTokenKind.OpenParenthesis))
        {
            return false;
        }

        var isHome = lexer.IsText(name, "HomedOn");
        var isPool = isHome || lexer.IsText(name, "MoveTo");
        var isXmpp = lexer.IsText(name, "Xmpp");
        var isPolicy = lexer.IsText(name, "ExternalAccessPolicy");
        var argument = lexer.Next();
        var end = argument;
        var kind = LineArgument.None;
        if (isXmpp && argument.Is(UserListTokenKind.CloseParenthesis))
        {
            return TrySet(ref statement.Xmpp, new LineCall(Span(name, argument), LineArgument.Default, TextSpan.FromBounds(chainStart, argument.End)));
        }

        if ((isPool || isPolicy) && argument.Is(UserListTokenKind.String))
        {
            kind = LineArgument.String;
        }
        else if (isPool && argument.Is(UserListTokenKind.Identifier) && lexer.Next().Is(UserListTokenKind.Dot) && lexer.Next() is { Kind: UserListTokenKind.Identifier } member)
        {
            (kind, end) = (LineArgument.Handle, member);
        }
        else if (isXmpp && argument.Is(UserListTokenKind.Identifier))
        {
            kind = lexer.IsText(argument, "true") ? LineArgument.True : lexer.IsText(argument, "false") ? LineArgument.False : LineArgument.None;
        }

        if (kind == LineArgument.None || lexer.Next() is not { Kind: UserListTokenKind.CloseParenthesis } close)
        {
            return false;
        }

        var call = new LineCall(Span(name, close), kind, Span(argument, end));
        return isPolicy ? TrySet(ref statement.Policy, call)
            : isXmpp ? TrySet(ref statement.Xmpp, call)
            : isHome ? TrySet(ref statement.Home, call)
            : TrySet(ref statement.Move, call);
    }

    private static bool TrySet(ref LineCall setting, LineCall call)
    {
        if (setting.IsMade)
        {
            return false;
        }

        setting = call;
        return true;
    }

    private static TextSpan Span(UserListToken first, UserListToken last) => TextSpan.FromBounds(first.Start, last.End);
}
