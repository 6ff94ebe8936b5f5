using System.Collections.Generic;

namespace XmppTopology.Rules;

/// <summary>
/// XMPP004: the XMPP proxy is enabled on a 2019 Edge pool, or the XMPP gateway is asked of a
/// 2019 Front End pool. Seed and deprecated.md: XMPP "is no longer available" in 2019.
/// </summary>
internal static class Xmpp004XmppAskedOf2019Pool
{
    public static IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var pool in context.Topology.Pools)
        {
            if (pool.Version != ProductVersion.SkypeForBusiness2019)
            {
                continue;
            }

            if (pool.XmppProxy == true)
            {
                yield return RuleCatalog.Xmpp004.Report(ElementKind.Pool, pool.Fqdn, pool.XmppProxyOrigin ?? pool.Origin, pool, pool.Role.DisplayName(), "XMPP proxy");
            }

            if (pool.XmppGateway == true)
            {
                yield return RuleCatalog.Xmpp004.Report(ElementKind.Pool, pool.Fqdn, pool.XmppGatewayOrigin ?? pool.Origin, pool, pool.Role.DisplayName(), "XMPP gateway");
            }
        }
    }
}
