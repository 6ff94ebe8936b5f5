using System.Linq;
using static XmppTopology.Tests.Rules.Topologies;
using XmppTopology.Rules;

namespace XmppTopology.Tests.Rules;

/// <summary>XMPP006: a site's XMPP federation route does not go through a legacy Edge with the XMPP proxy.</summary>
public class Xmpp006Tests
{
    private const string Id = RuleIds.Xmpp006;
    private const string DublinEdge2013 = "edge13-dub.contoso.com";

    [Fact]
    public void An_XMPP_federation_route_through_the_2019_Edge_is_an_error()
    {
        var topology = Coexistence(redmond: site => site.XmppFederationRoute(RedmondEdge2019));

        var finding = topology.SingleFinding(Id);

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(ElementKind.Site, finding.ElementKind);
        Assert.Equal(Redmond, finding.Element);
        Assert.Equal(
            "The XMPP federation route of site 'Redmond' goes through 'edge19-red.contoso.com', which is not a legacy Edge pool with the XMPP proxy that stays",
            finding.Message);
        Assert.Equal([RedmondEdge2015.Fqdn], finding.FixTargets);
    }

    [Fact]
    public void The_fix_targets_start_with_the_legacy_XMPP_Edges_of_the_sites_own_site()
    {
        // Alphabetically Dublin's Edge comes first; nearness puts Redmond's own Edge first.
        var topology = Coexistence(
            redmond: site => site.XmppFederationRoute(RedmondEdge2019),
            dublin: site => site.EdgePool(DublinEdge2013, ProductVersion.LyncServer2013, edge => edge.XmppProxy()));

        Assert.Equal([RedmondEdge2015.Fqdn, DublinEdge2013], topology.SingleFinding(Id).FixTargets);
    }

    [Fact]
    public void An_XMPP_federation_route_through_a_legacy_Edge_without_the_proxy_is_an_error_for_every_site_using_it()
    {
        var topology = Coexistence(redmondEdge2015: edge => edge.XmppProxy(false));

        var findings = topology.FindingsOf(Id);

        Assert.Equal([Redmond, Dublin], findings.Select(f => f.Element));
        Assert.All(findings, f => f.AssertNames(f.Element, RedmondEdge2015.Fqdn));
        Assert.All(findings, f => Assert.Empty(f.FixTargets)); // no legacy Edge with the proxy is left
    }

    [Fact]
    public void A_legacy_Edge_with_the_proxy_elsewhere_is_the_fix_for_a_route_through_an_Edge_without_it()
    {
        var topology = Coexistence(
            redmondEdge2015: edge => edge.XmppProxy(false),
            redmond: site => site.EdgePool("edge15b-red.contoso.com", ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()),
            dublin: site => site.XmppFederationRoute("edge15b-red.contoso.com"));

        var finding = topology.SingleFinding(Id);

        Assert.Equal(Redmond, finding.Element);
        Assert.Equal(["edge15b-red.contoso.com"], finding.FixTargets);
    }

    [Fact]
    public void An_XMPP_federation_route_through_a_legacy_Edge_marked_for_removal_is_an_error()
    {
        var topology = Coexistence(
            redmondEdge2015: edge => edge.MarkForRemoval(),
            dublin: site => site
                .EdgePool(DublinEdge2013, ProductVersion.LyncServer2013, edge => edge.XmppProxy())
                .XmppFederationRoute(DublinEdge2013));

        var finding = topology.SingleFinding(Id);

        Assert.Equal(Redmond, finding.Element);
        Assert.Equal([DublinEdge2013], finding.FixTargets);
    }

    [Fact]
    public void An_XMPP_federation_route_through_a_Director_is_an_error()
    {
        var topology = Coexistence(redmond: site => site
            .DirectorPool("dir15-red.contoso.com", ProductVersion.SkypeForBusiness2015)
            .XmppFederationRoute("dir15-red.contoso.com"));

        var finding = topology.SingleFinding(Id);

        finding.AssertNames(Redmond, "dir15-red.contoso.com");
        Assert.Equal([RedmondEdge2015.Fqdn], finding.FixTargets);
    }

    [Fact]
    public void An_XMPP_federation_route_through_the_legacy_Edge_with_the_proxy_is_fine_next_to_a_2019_federation_route()
    {
        var topology = Coexistence();

        Assert.Equal(RedmondEdge2019.Fqdn, topology.FindSite(Redmond)!.FederationRoute!.Name);
        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void A_site_without_an_XMPP_federation_route_is_not_judged()
    {
        // Branch sites Tukwila and Cork have no XMPP federation route of their own.
        var topology = Coexistence();

        Assert.Null(topology.FindSite(Tukwila)!.XmppFederationRoute);
        Assert.Null(topology.FindSite(Cork)!.XmppFederationRoute);
        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void An_undeclared_route_is_left_to_TOPO001()
    {
        var topology = Coexistence(redmond: site => site.XmppFederationRoute("edge99.contoso.com"));

        topology.AssertNoFinding(Id);
        Assert.Equal("edge99.contoso.com", topology.SingleFinding(RuleIds.Topo001).Element);
    }
}
