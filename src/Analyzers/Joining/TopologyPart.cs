using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// One topology of the infrastructure: the Define call's element, the topology as joined so far
/// (without the users of users files), and the rule context its users are checked in.
/// </summary>
internal sealed record TopologyPart(Element Root, Topology Topology, RuleContext Rules);
