using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Extraction;

namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// One statement of a method that only lists users, read without binding:
/// <c>users.User("sip:…").HomedOn(Pools.Fe15).MoveTo(…).Xmpp().ExternalAccessPolicy("…")</c>,
/// each setting made at most once. Spans and shared values, no object per call, not even the
/// SIP address (read from the text for the few users reported): a large topology's users files
/// hold hundreds of thousands of these, kept as long as their trees, and a record per call made
/// the garbage collector most of their analysis.
/// </summary>
internal readonly record struct UserLine(Instance.Parameter Plan, LineCall User, LineCall Home, LineCall Move, LineCall Xmpp, LineCall Policy)
{
    /// <summary>How many DSL calls the line makes.</summary>
    public int CallCount => 1 + (Home.IsMade ? 1 : 0) + (Move.IsMade ? 1 : 0) + (Xmpp.IsMade ? 1 : 0) + (Policy.IsMade ? 1 : 0);

    /// <summary>The user's SIP address, read from <paramref name="text"/>, the text of the line's tree.</summary>
    public string SipAddressIn(SourceText text) => UserListLexer.StringValue(text, User.ArgumentSpan);

    /// <summary>
    /// The calls the binder-based reader gives for this line of <paramref name="text"/>, numbered
    /// from <paramref name="firstIndex"/>: the user's creation, then each setting made on it, in source order.
    /// </summary>
    public IEnumerable<CallFact> ToCalls(int firstIndex, SourceText text)
    {
        var creation = new CallFact(DslMethod.User, Plan, ImmutableArray.Create<Value?>(new Value.Constant(SipAddressIn(text), User.ArgumentSpan)), User.Span);
        var user = new Instance.Created(firstIndex);
        return Settings
            .Where(setting => setting.Call.IsMade)
            .OrderBy(setting => setting.Call.Span.Start)
            .Select(setting => new CallFact(setting.Method, user, ImmutableArray.Create<Value?>(setting.Call.ToValue()), setting.Call.Span))
            .Prepend(creation);
    }

    private (DslMethod Method, LineCall Call)[] Settings =>
        [(DslMethod.HomedOn, Home), (DslMethod.MoveTo, Move), (DslMethod.Xmpp, Xmpp), (DslMethod.ExternalAccessPolicy, Policy)];
}
