using System.Collections.Generic;

namespace XmppTopology.Rules;

/// <summary>
/// XMPP002: a legacy Edge pool that runs the XMPP proxy is marked for removal or for migration
/// to 2019 while XMPP federation is in use. Seed: "You should not migrate the legacy Edge Server
/// to Skype for Business Server 2019 if you want to continue with XMPP functionality".
/// </summary>
internal static class Xmpp002LegacyXmppEdgeMarkedForRemoval
{
    public static IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var edge in context.Topology.Pools)
        {
            var legacyXmppEdge = edge.Role == PoolRole.EdgePool && edge.Version is { } version && version.CarriesXmpp() && edge.XmppProxy == true;
            if (legacyXmppEdge && edge.Plan is PlannedChange.Removal or PlannedChange.MigrationTo2019 && context.XmppInUse == true)
            {
                var mark = edge.Plan == PlannedChange.Removal ? "removal" : "migration to Skype for Business Server 2019";
                yield return RuleCatalog.Xmpp002.Report(ElementKind.Pool, edge.Fqdn, edge.PlanOrigin ?? edge.Origin, edge, mark);
            }
        }
    }
}
