using System;
using System.Collections.Generic;
using System.Linq;

namespace XmppTopology.Rules;

/// <summary>Evaluates the whole catalogue on a topology: the one place both the runtime and the analyzer call.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
static class TopologyRules
{
    private static readonly Func<RuleContext, IEnumerable<Finding>>[] Rules =
    [
        Xmpp001XmppUserOn2019Pool.Check,
        Xmpp002LegacyXmppEdgeMarkedForRemoval.Check,
        Xmpp003PartnerConfiguredOn2019.Check,
        Xmpp004XmppAskedOf2019Pool.Check,
        Xmpp005XmppHasNoRoute.Check,
        Xmpp006XmppRouteNotThroughLegacyEdge.Check,
        Xmpp007XmppUserOnSurvivableBranch.Check,
        Xmpp008InvalidPartnerNegotiation.Check,
        Topo001UndeclaredReference.Check,
        Topo002DuplicateFqdn.Check,
        Topo003UserOnPoolMarkedForRemoval.Check,
        Topo004FederationOnSeveralEdges.Check,
    ];

    /// <summary>Every finding, rule by rule in catalogue order, each rule in the topology's order.</summary>
    public static IReadOnlyList<Finding> Evaluate(Topology topology)
    {
        var context = new RuleContext(topology);
        return Rules.SelectMany(rule => rule(context)).ToList().AsReadOnly();
    }
}
