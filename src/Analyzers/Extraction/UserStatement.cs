using System.Diagnostics;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Extraction;

/// <summary>
/// One statement of a method that only lists users, as written:
/// <c>plan.User("sip").HomedOn(Type.Member).MoveTo("fqdn").Xmpp().ExternalAccessPolicy("name");</c>
/// or <c>plan.Users(team)…</c>, each setting made at most once, in any order. The grammar is the
/// DSL's description: the user plan's <c>User</c> with a string, its <c>Users</c> with a simple
/// name, and the user settings (<see cref="DslMethods.UserSettings"/>), each argument written as
/// its kind allows. Spans only: what the names mean is the reader's
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

    /// <summary>Declares one user, whose SIP address is a <see cref="LineArgument.String"/>; else a team, named by a <see cref="LineArgument.Name"/>.</summary>
    public readonly bool DeclaresOneUser => User.Argument == LineArgument.String;

    /// <summary>The statement that starts with <paramref name="plan"/>; false when it takes another shape.</summary>
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    public static bool Read(UserListToken plan, ref UserListLexer lexer, out UserStatement statement)
    {
        statement = new UserStatement { Plan = plan };
        if (!plan.Is(UserListTokenKind.Identifier)
            || !lexer.Next().Is(UserListTokenKind.Dot)
            || lexer.Next() is not { Kind: UserListTokenKind.Identifier } name
            || !lexer.Next().Is(UserListTokenKind.OpenParenthesis))
        {
            return false;
        }

        var argument = lexer.Next();
        if (lexer.Next() is not { Kind: UserListTokenKind.CloseParenthesis } close)
        {
            return false;
        }

        var kind = lexer.IsText(name, DslMethods.User.Name) && argument.Is(UserListTokenKind.String) ? LineArgument.String
            : lexer.IsText(name, DslMethods.UserGroup.Name) && argument.Is(UserListTokenKind.Identifier) ? LineArgument.Name
            : LineArgument.None;
        if (kind == LineArgument.None)
        {
            return false;
        }

        statement.User = new LineCall(Span(name, close), kind, Span(argument, argument));
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

    // The user settings a line may make: each with its one argument, from the DSL's description.
    private static readonly (string Name, DslMethod Method, DslArgument Argument)[] Settings = DslMethods.UserSettings
        .Where(setting => setting.Arguments.Count == 1)
        .Select(setting => (setting.Name, setting.Method, setting.Arguments[0]))
        .ToArray();

    // A setting and its argument: a pool as a string or Type.Member, a text as a string, a flag as
    // true or false, or nothing where the flag is optional (Xmpp()). A setting made twice is not
    // read here (each value is read, the last one wins: left to the binder).
    [MethodImpl(HotLoop.OptimizedAtOnce)]
    private static bool ReadSetting(ref UserListLexer lexer, int chainStart, ref UserStatement statement)
    {
        if (lexer.Next() is not { Kind: UserListTokenKind.Identifier } name || !lexer.Next().Is(UserListTokenKind.OpenParenthesis)
            || SettingNamed(name, in lexer) is not var (method, parameter))
        {
            return false;
        }

        var argument = lexer.Next();
        var end = argument;
        var kind = LineArgument.None;
        if (parameter.Kind == DslValueKind.Flag && parameter.WhenOmitted is not null && argument.Is(UserListTokenKind.CloseParenthesis))
        {
            return TrySet(ref statement, method, new LineCall(Span(name, argument), LineArgument.Default, TextSpan.FromBounds(chainStart, argument.End)));
        }

        if ((parameter.Kind is DslValueKind.Pool or DslValueKind.Text) && argument.Is(UserListTokenKind.String))
        {
            kind = LineArgument.String;
        }
        else if (parameter.Kind == DslValueKind.Pool && argument.Is(UserListTokenKind.Identifier) && lexer.Next().Is(UserListTokenKind.Dot) && lexer.Next() is { Kind: UserListTokenKind.Identifier } member)
        {
            (kind, end) = (LineArgument.Handle, member);
        }
        else if (parameter.Kind == DslValueKind.Flag && argument.Is(UserListTokenKind.Identifier))
        {
            kind = lexer.IsText(argument, "true") ? LineArgument.True : lexer.IsText(argument, "false") ? LineArgument.False : LineArgument.None;
        }

        if (kind == LineArgument.None || lexer.Next() is not { Kind: UserListTokenKind.CloseParenthesis } close)
        {
            return false;
        }

        return TrySet(ref statement, method, new LineCall(Span(name, close), kind, Span(argument, end)));
    }

    // The setting of that name; null for any other name. Not LINQ: a lookup per call of every line.
    private static (DslMethod Method, DslArgument Argument)? SettingNamed(UserListToken name, in UserListLexer lexer)
    {
        foreach (var setting in Settings)
        {
            if (lexer.IsText(name, setting.Name))
            {
                return (setting.Method, setting.Argument);
            }
        }

        return null;
    }

    /// <summary>
    /// Makes a setting's call: false when it is made already, or when it has no place in a line
    /// (a setting added to the DSL and not to users lines). A method read from the text is then
    /// left to the binder; calls the binder read stay calls, in the infrastructure.
    /// </summary>
    public static bool TrySet(ref UserStatement statement, DslMethod method, LineCall call) => method switch
    {
        DslMethod.HomedOn => TrySet(ref statement.Home, call),
        DslMethod.MoveTo => TrySet(ref statement.Move, call),
        DslMethod.Xmpp => TrySet(ref statement.Xmpp, call),
        DslMethod.ExternalAccessPolicy => TrySet(ref statement.Policy, call),
        _ => false,
    };

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
