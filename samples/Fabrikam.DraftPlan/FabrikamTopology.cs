using XmppTopology;

namespace Fabrikam.DraftPlan;

/// <summary>Fabrikam's first draft of its move to Skype for Business Server 2019.</summary>
public static class FabrikamTopology
{
    public static Topology Build() => Topology.Define(Pools.Domain, t => t
        .CentralSite("Amsterdam", site => site
            .FrontEndPool(Pools.Fe2015, ProductVersion.SkypeForBusiness2015, fe => fe.AssociatedEdge(Pools.Edge2015))
            .FrontEndPool(Pools.Fe2019, ProductVersion.SkypeForBusiness2019, fe => fe.AssociatedEdge(Pools.Edge2019))
            // Mistake 2: the legacy Edge runs the XMPP proxy, and the draft migrates it to 2019.
            .EdgePool(Pools.Edge2015, ProductVersion.SkypeForBusiness2015, edge => edge
                .XmppProxy()
                .MarkForMigrationTo2019())
            .EdgePool(Pools.Edge2019, ProductVersion.SkypeForBusiness2019, edge => edge.Federation())
            .FederationRoute(Pools.Edge2019)
            .XmppFederationRoute(Pools.Edge2015))
        .XmppPartner("jabber.contoso.com", partner => partner
            .Type(XmppPartnerType.Federated)
            .ConfiguredOn(Pools.Fe2015))
        .Users(Plan));

    private static void Plan(UserPlan users)
    {
        users.User("sip:ruth.mayer@fabrikam.com").HomedOn(Pools.Fe2015).Xmpp();

        // Mistake 1: an XMPP user is moved to the 2019 pool along with everyone else.
        users.User("sip:jonas.berg@fabrikam.com").HomedOn(Pools.Fe2015).MoveTo(Pools.Fe2019).Xmpp();

        users.Users(["sip:eva.lind@fabrikam.com", "sip:nils.holm@fabrikam.com"]).HomedOn(Pools.Fe2015).MoveTo(Pools.Fe2019);
    }
}
