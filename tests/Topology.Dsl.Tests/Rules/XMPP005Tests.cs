using static XmppTopology.Tests.Rules.Topologies;
using XmppTopology.Rules;

namespace XmppTopology.Tests.Rules;

/// <summary>XMPP005: XMPP is in use but no legacy Front End pool or no legacy Edge with the XMPP proxy stays.</summary>
public class Xmpp005Tests
{
    private const string Id = RuleIds.Xmpp005;

    [Fact]
    public void XMPP_in_use_without_a_legacy_Front_End_pool_that_stays_is_an_error()
    {
        var topology = Coexistence(
            users: NoUsers,
            redmondFe2015: fe => fe.MarkForRemoval(),
            dublinFe2013: fe => fe.MarkForMigrationTo2019(),
            dublinSe2015: se => se.MarkForRemoval());

        var finding = topology.SingleFinding(Id);

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(ElementKind.Topology, finding.ElementKind);
        Assert.Equal(Domain, finding.Element);
        Assert.Equal(
            "Topology 'contoso.com' uses XMPP federation but no legacy Front End pool to run the XMPP gateway stays in the topology",
            finding.Message);
        Assert.Empty(finding.FixTargets);
    }

    [Fact]
    public void XMPP_in_use_without_a_legacy_Edge_with_the_XMPP_proxy_that_stays_is_an_error()
    {
        var topology = Coexistence(redmondEdge2015: edge => edge.MarkForRemoval());

        var finding = topology.SingleFinding(Id);

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(ElementKind.Topology, finding.ElementKind);
        Assert.Equal(Domain, finding.Element);
        Assert.Equal(
            "Topology 'contoso.com' uses XMPP federation but no legacy Edge pool with the XMPP proxy stays in the topology",
            finding.Message);
        Assert.Empty(finding.FixTargets); // no legacy Edge stays that could run the proxy
    }

    [Fact]
    public void A_legacy_Edge_that_stays_without_the_proxy_is_the_fix_target()
    {
        var topology = Coexistence(redmondEdge2015: edge => edge.XmppProxy(false));

        var finding = topology.SingleFinding(Id);

        Assert.Equal(["contoso.com", "legacy Edge pool with the XMPP proxy"], finding.MessageArguments);
        Assert.Equal([RedmondEdge2015.Fqdn], finding.FixTargets);
    }

    [Fact]
    public void Every_legacy_Edge_that_stays_is_a_fix_target_in_name_order()
    {
        var topology = Coexistence(
            redmondEdge2015: edge => edge.XmppProxy(false),
            dublin: site => site
                .EdgePool("edge13-dub.contoso.com", ProductVersion.LyncServer2013)
                .EdgePool("edge13-old.contoso.com", ProductVersion.LyncServer2013, edge => edge.MarkForRemoval()));

        Assert.Equal(["edge13-dub.contoso.com", RedmondEdge2015.Fqdn], topology.SingleFinding(Id).FixTargets);
    }

    [Fact]
    public void Both_missing_parts_give_two_findings()
    {
        var topology = Coexistence(
            users: NoUsers,
            redmondFe2015: fe => fe.MarkForRemoval(),
            dublinFe2013: fe => fe.MarkForRemoval(),
            dublinSe2015: se => se.MarkForRemoval(),
            redmondEdge2015: edge => edge.MarkForMigrationTo2019());

        var findings = topology.FindingsOf(Id);

        Assert.Collection(
            findings,
            gateway => Assert.Equal("legacy Front End pool to run the XMPP gateway", gateway.MessageArguments[1]),
            proxy => Assert.Equal("legacy Edge pool with the XMPP proxy", proxy.MessageArguments[1]));
    }

    [Fact]
    public void XMPP_in_use_only_through_the_global_policy_still_needs_a_route()
    {
        var topology = Coexistence(
            partners: NoPartners,
            policies: t => t.GlobalExternalAccessPolicy(enableXmppAccess: true),
            users: u => u.User(Carol).HomedOn(DublinFe2013),
            redmondEdge2015: edge => edge.XmppProxy(false));

        Assert.Equal([RedmondEdge2015.Fqdn], topology.SingleFinding(Id).FixTargets);
    }

    [Fact]
    public void A_legacy_Front_End_pool_and_a_legacy_Edge_with_the_proxy_that_stay_are_a_route()
    {
        var topology = Coexistence(
            redmondFe2015: fe => fe.MarkForRemoval(),
            dublinFe2013: fe => fe.MarkForRemoval(),
            users: u => u.User(Carol).HomedOn(DublinSe2015).Xmpp());

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void Without_XMPP_in_use_no_route_is_needed()
    {
        var topology = Coexistence(
            partners: NoPartners,
            users: u => u.User(Bob).HomedOn(RedmondFe2015).MoveTo(RedmondFe2019),
            redmondFe2015: fe => fe.MarkForRemoval(),
            dublinFe2013: fe => fe.MarkForRemoval(),
            dublinSe2015: se => se.MarkForRemoval(),
            redmondEdge2015: edge => edge.MarkForRemoval());

        topology.AssertNoFinding(Id);
    }
}
