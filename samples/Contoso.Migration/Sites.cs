using XmppTopology;

namespace Contoso.Migration;

/// <summary>Contoso's sites as Topology Builder shows them, with the migration marks.</summary>
internal static class Sites
{
    public static void Redmond(CentralSiteBuilder site) => site
        .FrontEndPool(Pools.RedmondFe2015, ProductVersion.SkypeForBusiness2015, fe => fe
            .Machines("fe15-red-01.contoso.com", "fe15-red-02.contoso.com", "fe15-red-03.contoso.com")
            .AssociatedEdge(Pools.RedmondEdge2015)
            .XmppGateway())
        .FrontEndPool(Pools.RedmondFe2019, ProductVersion.SkypeForBusiness2019, fe => fe
            .Machines("fe19-red-01.contoso.com", "fe19-red-02.contoso.com", "fe19-red-03.contoso.com")
            .AssociatedEdge(Pools.RedmondEdge2019))
        // The legacy Edge keeps the XMPP proxy: XMPP federation lives on through it.
        .EdgePool(Pools.RedmondEdge2015, ProductVersion.SkypeForBusiness2015, edge => edge
            .Machines("edge15-red-01.contoso.com", "edge15-red-02.contoso.com")
            .XmppProxy())
        // The 2019 Edge takes over SIP federation.
        .EdgePool(Pools.RedmondEdge2019, ProductVersion.SkypeForBusiness2019, edge => edge
            .Machines("edge19-red-01.contoso.com", "edge19-red-02.contoso.com")
            .Federation())
        .DirectorPool(Pools.RedmondDirector, ProductVersion.SkypeForBusiness2015, dir => dir
            .Machines("dir15-red-01.contoso.com")
            .MarkForRemoval())
        .FederationRoute(Pools.RedmondEdge2019)
        .XmppFederationRoute(Pools.RedmondEdge2015)
        .BranchSite("Tukwila", branch => branch
            .SurvivableBranchAppliance(Pools.TukwilaSba, ProductVersion.SkypeForBusiness2015));

    public static void Dublin(CentralSiteBuilder site) => site
        .FrontEndPool(Pools.DublinFe2013, ProductVersion.LyncServer2013, fe => fe
            .Machines("fe13-dub-01.contoso.com", "fe13-dub-02.contoso.com")
            .AssociatedEdge(Pools.RedmondEdge2015)
            .MarkForRemoval())
        .FrontEndPool(Pools.DublinFe2019, ProductVersion.SkypeForBusiness2019, fe => fe
            .Machines("fe19-dub-01.contoso.com", "fe19-dub-02.contoso.com")
            .AssociatedEdge(Pools.RedmondEdge2019))
        .StandardEditionServer(Pools.DublinSe2015, ProductVersion.SkypeForBusiness2015, se => se
            .AssociatedEdge(Pools.RedmondEdge2015))
        .FederationRoute(Pools.RedmondEdge2019)
        .XmppFederationRoute(Pools.RedmondEdge2015);
}
