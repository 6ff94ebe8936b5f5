using System.Collections.Generic;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Extraction;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Joining;

/// <summary>What the calls that declare and set users mean: shared by the whole-topology join and the per-file user lists.</summary>
internal static class UserCalls
{
    /// <summary>The users a creating call declares (one null where a SIP address is not known at compile time).</summary>
    public static IReadOnlyList<string?> SipAddresses(TreeFacts tree, CallFact call, ValueResolver values) =>
        call.Method == DslMethod.User
            ? [values.String(tree, call.Arguments[0], "SIP address")]
            : (IReadOnlyList<string?>?)values.Strings(tree, call.Arguments[0], "list of SIP addresses") ?? [null];

    /// <summary>The user's settings after <paramref name="call"/>, a call that <see cref="DslMethodKinds.SetsAUser"/>.</summary>
    public static User Apply(User user, TreeFacts tree, CallFact call, ValueResolver values)
    {
        var origin = TopologyAssembler.OriginOf(tree, call);
        var argument = call.Arguments.Length > 0 ? call.Arguments[0] : null;
        Reference Reference(string what) => new(values.String(tree, argument, what), origin);
        return call.Method switch
        {
            DslMethod.HomedOn => user with { Home = Reference("pool FQDN") },
            DslMethod.MoveTo => user with { PlannedMove = Reference("pool FQDN") },
            DslMethod.ExternalAccessPolicy => user with { ExternalAccessPolicy = Reference("policy name") },
            DslMethod.Xmpp => user with
            {
                Xmpp = XmppStated(values.Boolean(tree, argument, "XMPP setting")),
                XmppOrigin = origin,
            },
            _ => user,
        };
    }

    /// <summary>What an Xmpp(...) call states: on, off, or a value not known at compile time.</summary>
    public static XmppAccess XmppStated(bool? value) => value switch
    {
        true => XmppAccess.Enabled,
        false => XmppAccess.Disabled,
        null => XmppAccess.NotKnown,
    };

    /// <summary>
    /// The user a users statement declares, its names resolved: what <see cref="Apply"/> gives for
    /// the same calls, each setting at the span of its call.
    /// </summary>
    public static User FromStatement(TreeFacts tree, in UserStatement statement, string? home, string? move, XmppAccess xmpp, string? policy)
    {
        Origin Origin(LineCall call) => new(tree.Tree.FilePath, call.Span.Start, call.Span.Length);
        return new User(UserListLexer.StringValue(tree.Tree.GetText(), statement.User.ArgumentSpan), Origin(statement.User))
        {
            Home = statement.Home.IsMade ? new Reference(home, Origin(statement.Home)) : null,
            PlannedMove = statement.Move.IsMade ? new Reference(move, Origin(statement.Move)) : null,
            ExternalAccessPolicy = statement.Policy.IsMade ? new Reference(policy, Origin(statement.Policy)) : null,
            Xmpp = xmpp,
            XmppOrigin = statement.Xmpp.IsMade ? Origin(statement.Xmpp) : null,
        };
    }
}
