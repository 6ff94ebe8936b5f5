namespace Company.Topology;

using XmppTopology;

/// <summary>
/// The coexistence topology and the migration plan: the legacy Edge keeps the XMPP proxy and the
/// XMPP federation route, the new Skype for Business Server 2019 Edge takes federation.
/// </summary>
public static class MigrationPlan
{
    public static Topology Build() => Topology.Define("contoso.com", t => t
        .CentralSite("Redmond", site => site
            .FrontEndPool(Pools.Fe2015, ProductVersion.SkypeForBusiness2015)
            .FrontEndPool(Pools.Fe2019, ProductVersion.SkypeForBusiness2019)
            .EdgePool(Pools.Edge2015, ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
            .EdgePool(Pools.Edge2019, ProductVersion.SkypeForBusiness2019, edge => edge.Federation())
            .FederationRoute(Pools.Edge2019)
            .XmppFederationRoute(Pools.Edge2015))
        .XmppPartner("jabber.fabrikam.com", partner => partner.Type(XmppPartnerType.Federated).ConfiguredOn(Pools.Fe2015))
        .Users(Users.Plan));
}
