using XmppTopology;

namespace Contoso.Migration;

/// <summary>Contoso's coexistence topology during the move to Skype for Business Server 2019.</summary>
public static class ContosoTopology
{
    /// <summary>The user-scope external access policy that grants XMPP federation.</summary>
    public const string XmppPolicy = "XmppFederationUsers";

    public static Topology Build() => Topology.Define(Pools.Domain, t => t
        .CentralSite("Redmond", Sites.Redmond)
        .CentralSite("Dublin", Sites.Dublin)
        // Partners stay configured in the legacy deployment: 2019 has no XMPP.
        .XmppPartner("jabber.fabrikam.com", partner => partner
            .Type(XmppPartnerType.Federated)
            .ConfiguredOn(Pools.RedmondFe2015))
        .XmppPartner("im.litware.com", partner => partner
            .Type(XmppPartnerType.PublicVerified)
            .TlsNegotiation(Negotiation.Optional)
            .SaslNegotiation(Negotiation.Optional)
            .ConfiguredOn(Pools.RedmondFe2015))
        .GlobalExternalAccessPolicy(enableXmppAccess: false)
        .UserExternalAccessPolicy(XmppPolicy, enableXmppAccess: true)
        .Users(Users.Plan));
}
