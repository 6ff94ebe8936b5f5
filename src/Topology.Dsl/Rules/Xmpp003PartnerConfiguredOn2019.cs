using System.Collections.Generic;

namespace XmppTopology.Rules;

/// <summary>
/// XMPP003: an XMPP federated partner is configured on a 2019 element. Seed: "possible only when
/// the XMPP federated partner is configured in Skype for Business Server 2015 or Lync Server 2013".
/// </summary>
internal static class Xmpp003PartnerConfiguredOn2019
{
    public static IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var partner in context.Topology.XmppPartners)
        {
            if (context.PoolNamedBy(partner.ConfiguredOn) is { Version: ProductVersion.SkypeForBusiness2019 } pool)
            {
                yield return RuleCatalog.Xmpp003.Report(
                    ElementKind.XmppPartner, partner.Domain, partner.ConfiguredOn!.Origin ?? partner.Origin,
                    context.LegacyFrontEndsNear(pool.Site),
                    partner, pool);
            }
        }
    }
}
