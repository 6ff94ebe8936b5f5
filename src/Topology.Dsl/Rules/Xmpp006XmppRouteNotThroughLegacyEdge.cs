using System.Collections.Generic;

namespace XmppTopology.Rules;

/// <summary>
/// XMPP006: a site's XMPP federation route does not go through a legacy Edge pool with the XMPP
/// proxy (for example it points at the 2019 Edge). Seed: coexistence of "the legacy Edge Server
/// (with XMPP Proxy) and the Skype for Business 2019 Edge Server".
/// </summary>
internal static class Xmpp006XmppRouteNotThroughLegacyEdge
{
    public static IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var site in context.Topology.Sites)
        {
            var edge = context.PoolNamedBy(site.XmppFederationRoute);
            if (edge is null || edge.Version is null || edge.XmppProxy is null || edge.Plan is null)
            {
                continue; // an undeclared route is TOPO001's; an unknown one is not guessed
            }

            if (!(edge.Role == PoolRole.EdgePool && edge.IsLegacyAndStays && edge.XmppProxy == true))
            {
                yield return RuleCatalog.Xmpp006.Report(
                    ElementKind.Site, site.Name, site.XmppFederationRoute!.Origin ?? site.Origin,
                    context.Nearest(site.Name, p => p.Role == PoolRole.EdgePool && p.IsLegacyAndStays && p.XmppProxy == true),
                    site.Name, edge);
            }
        }
    }
}
