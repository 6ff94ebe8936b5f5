using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Extraction;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// The calls that declare and set users, read through the DSL's description: shared by the
/// whole-topology join and the per-file user lists.
/// </summary>
internal static class UserCalls
{
    /// <summary>The users a declaring call declares (one null where SIP addresses are not known at compile time), and the settings they start with.</summary>
    public static UserGroup Declared(TreeFacts tree, CallFact call, ValueResolver values)
    {
        var declaration = (DslUsersDeclaration)DslMethods.Of(call.Method);
        var sipAddresses = declaration.SipAddresses(new CallArguments(tree, call, values));
        return new UserGroup(sipAddresses, SipAddressOrigins(tree, call, values, sipAddresses.Count), declaration.Settings(TopologyAssembler.OriginOf(tree, call)));
    }

    // Where each SIP address is written: User's argument; each item of a list that Users is given,
    // in the call or in the field or property that holds the list; else the argument itself.
    private static SipAddressOrigins SipAddressOrigins(TreeFacts tree, CallFact call, ValueResolver values, int count)
    {
        var argument = call.Arguments.Length > 0 ? call.Arguments[0] : null;
        if (call.Method == DslMethod.UserGroup && values.ListItems(tree, argument) is var (listTree, items) && items.Length == count)
        {
            return Joining.SipAddressOrigins.OfItems(listTree.Tree.FilePath, items);
        }

        return Joining.SipAddressOrigins.AllAt(argument is null ? TopologyAssembler.OriginOf(tree, call) : Origin(tree, argument.Span), count);
    }

    private static Origin Origin(TreeFacts tree, TextSpan span) => new(tree.Tree.FilePath, span.Start, span.Length);

    /// <summary>
    /// The settings a users statement gives the users its declaration declares, its names resolved:
    /// what the DSL's description gives for the same calls, each setting at the span of its call.
    /// </summary>
    public static User Settings(TreeFacts tree, DslUsersDeclaration declaration, in UserStatement statement, string? home, string? move, bool? xmpp, string? policy)
    {
        Origin Origin(LineCall call) => new(tree.Tree.FilePath, call.Span.Start, call.Span.Length);
        var user = declaration.Settings(Origin(statement.User));
        user = statement.Home.IsMade ? DslMethods.HomedOn.Apply(user, home, Origin(statement.Home)) : user;
        user = statement.Move.IsMade ? DslMethods.MoveTo.Apply(user, move, Origin(statement.Move)) : user;
        user = statement.Policy.IsMade ? DslMethods.ExternalAccessPolicy.Apply(user, policy, Origin(statement.Policy)) : user;
        return statement.Xmpp.IsMade ? DslMethods.Xmpp.Apply(user, xmpp, Origin(statement.Xmpp)) : user;
    }

    /// <summary>The users a statement the binder read declares, with the settings it gives them, its names resolved.</summary>
    public static UserGroup Declared(TreeFacts tree, BoundLine line, ValueResolver values, string? home, string? move, bool? xmpp, string? policy) =>
        Declared(tree, line.Declaration, values) with
        {
            Settings = Settings(tree, (DslUsersDeclaration)DslMethods.Of(line.Declaration.Method), line.Statement, home, move, xmpp, policy),
        };

    /// <summary>The one user the statement read from <paramref name="text"/> at <paramref name="start"/> declares, with the settings it gives it.</summary>
    public static User FromText(TreeFacts tree, SourceText text, int start, string? home, string? move, bool? xmpp, string? policy)
    {
        var statement = UserStatement.At(text, start);
        return Settings(tree, DslMethods.User, statement, home, move, xmpp, policy) with
        {
            SipAddress = UserListLexer.StringValue(text, statement.User.ArgumentSpan),
            SipAddressOrigin = Origin(tree, statement.User.ArgumentSpan),
        };
    }
}
