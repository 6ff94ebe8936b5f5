using System.Collections.Concurrent;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// One topology of the infrastructure: the Define call's element, the topology as joined so far
/// (without the users of users files), and the rule context its users are checked in.
/// </summary>
internal sealed record TopologyPart(Element Root, Topology Topology, RuleContext Rules)
{
    /// <summary>
    /// For each user signature met so far: whether a per-user rule reports such a user, and
    /// whether such a user federates with XMPP. Shared by every users file of the topology.
    /// </summary>
    public ConcurrentDictionary<UserSignature, (bool Reported, bool? FederatesWithXmpp)> Verdicts { get; } = new();
}
