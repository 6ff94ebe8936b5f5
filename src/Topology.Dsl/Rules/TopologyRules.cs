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
    // Catalogue order. A rule judges either the topology as a whole or one user at a time: the
    // analyzer checks each file's users on their own, so an edit re-checks only that file.
    private static readonly (Func<RuleContext, IEnumerable<Finding>>? Topology, Func<RuleContext, User, IEnumerable<Finding>>? User)[] Rules =
    [
        (null, Xmpp001XmppUserOn2019Pool.Check),
        (Xmpp002LegacyXmppEdgeMarkedForRemoval.Check, null),
        (Xmpp003PartnerConfiguredOn2019.Check, null),
        (Xmpp004XmppAskedOf2019Pool.Check, null),
        (Xmpp005XmppHasNoRoute.Check, null),
        (Xmpp006XmppRouteNotThroughLegacyEdge.Check, null),
        (null, Xmpp007XmppUserOnSurvivableBranch.Check),
        (Xmpp008InvalidPartnerNegotiation.Check, null),
        (Topo001UndeclaredReference.Check, Topo001UndeclaredReference.Check),
        (Topo002DuplicateFqdn.Check, null),
        (null, Topo003UserOnPoolMarkedForRemoval.Check),
        (Topo004FederationOnSeveralEdges.Check, null),
    ];

    private static readonly Func<RuleContext, User, IEnumerable<Finding>>[] UserRules =
        Rules.Where(rule => rule.User is not null).Select(rule => rule.User!).ToArray();

    /// <summary>Every finding, rule by rule in catalogue order, each rule in the topology's order.</summary>
    public static IReadOnlyList<Finding> Evaluate(Topology topology)
    {
        var context = new RuleContext(topology);
        var findings = new List<Finding>();
        foreach (var (whole, perUser) in Rules)
        {
            if (whole is not null)
            {
                findings.AddRange(whole(context));
            }

            if (perUser is not null)
            {
                findings.AddRange(topology.Users.SelectMany(user => perUser(context, user)));
            }
        }

        // Last in the catalogue, TOPO006 compares every user with the others. It is not in the
        // table: the analyzer never holds all the users of a topology in one model (it checks each
        // users file on its own), and finds the users declared twice across its files itself,
        // with that rule's parts (Topo006DuplicateUser.Report).
        findings.AddRange(Topo006DuplicateUser.Check(context));
        return findings.AsReadOnly();
    }

    /// <summary>The findings of the rules that judge the topology as a whole, in catalogue order; TOPO006 is not one of them.</summary>
    public static IEnumerable<Finding> EvaluateTopology(RuleContext context) =>
        Rules.Where(rule => rule.Topology is not null).SelectMany(rule => rule.Topology!(context));

    /// <summary>The findings of the rules that judge one user, in catalogue order.</summary>
    public static IEnumerable<Finding> EvaluateUser(RuleContext context, User user)
    {
        // Called once per user, a hundred thousand times in a large topology: no LINQ here.
        foreach (var rule in UserRules)
        {
            foreach (var finding in rule(context, user))
            {
                yield return finding;
            }
        }
    }
}
