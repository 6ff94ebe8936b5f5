using System.Collections.Generic;

namespace XmppTopology.Rules;

/// <summary>
/// XMPP008: an XMPP partner's negotiation settings are invalid. Lync Server 2013, "Negotiation
/// settings for XMPP federated partners": you cannot have SASL unless TLS is also available, so
/// TLS NotSupported goes only with SASL NotSupported.
/// </summary>
internal static class Xmpp008InvalidPartnerNegotiation
{
    public static IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var partner in context.Topology.XmppPartners)
        {
            if (partner.TlsNegotiation == Negotiation.NotSupported && partner.SaslNegotiation is Negotiation.Required or Negotiation.Optional)
            {
                yield return RuleCatalog.Xmpp008.Report(
                    ElementKind.XmppPartner, partner.Domain, partner.TlsNegotiationOrigin ?? partner.Origin,
                    partner, partner.SaslNegotiation);
            }
        }
    }
}
