using System.Collections.Generic;
using System.Linq;

namespace XmppTopology.Rules;

/// <summary>
/// XMPP005: XMPP is in use but has no route: no legacy Front End pool for the gateway, or no
/// legacy Edge pool with the XMPP proxy, stays in the topology. Seed: XMPP is "installed in two
/// parts: as an XMPP proxy that runs on the legacy Edge Server, and the XMPP Gateway that runs on
/// the legacy Front End Server".
/// </summary>
internal static class Xmpp005XmppHasNoRoute
{
    public static IEnumerable<Finding> Check(RuleContext context)
    {
        var pools = context.Topology.Pools;
        if (context.XmppInUse != true || pools.Any(p => p.Version is null || p.Plan is null || p.XmppProxy is null))
        {
            yield break;
        }

        var topology = context.Topology;
        if (!pools.Any(p => p.Role.IsFrontEnd() && p.IsLegacyAndStays))
        {
            yield return RuleCatalog.Xmpp005.Report(ElementKind.Topology, topology.Name, topology.Origin, topology, "legacy Front End pool to run the XMPP gateway");
        }

        if (!pools.Any(p => p.Role == PoolRole.EdgePool && p.IsLegacyAndStays && p.XmppProxy == true))
        {
            var edgesThatCouldRunTheProxy = context.Nearest(null, p => p.Role == PoolRole.EdgePool && p.IsLegacyAndStays);
            yield return RuleCatalog.Xmpp005.Report(ElementKind.Topology, topology.Name, topology.Origin, edgesThatCouldRunTheProxy, topology, "legacy Edge pool with the XMPP proxy");
        }
    }
}
