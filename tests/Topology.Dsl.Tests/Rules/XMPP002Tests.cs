using static XmppTopology.Tests.Rules.Topologies;
using XmppTopology.Rules;

namespace XmppTopology.Tests.Rules;

/// <summary>XMPP002: a legacy Edge with the XMPP proxy is marked for removal or migration while XMPP is in use.</summary>
public class Xmpp002Tests
{
    private const string Id = RuleIds.Xmpp002;

    [Fact]
    public void Marking_the_legacy_XMPP_Edge_for_removal_while_XMPP_is_in_use_is_an_error()
    {
        var topology = Coexistence(redmondEdge2015: edge => edge.MarkForRemoval());

        var finding = topology.SingleFinding(Id);

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(ElementKind.Pool, finding.ElementKind);
        Assert.Equal(RedmondEdge2015.Fqdn, finding.Element);
        Assert.Equal(
            "Edge pool 'edge15-red.contoso.com' runs the XMPP proxy but is marked for removal while XMPP federation is in use; keep the legacy Edge",
            finding.Message);
        Assert.Empty(finding.FixTargets);
    }

    [Fact]
    public void Marking_the_legacy_XMPP_Edge_for_migration_to_2019_while_XMPP_is_in_use_is_an_error()
    {
        var topology = Coexistence(redmondEdge2015: edge => edge.MarkForMigrationTo2019());

        var finding = topology.SingleFinding(Id);

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(ElementKind.Pool, finding.ElementKind);
        Assert.Equal(RedmondEdge2015.Fqdn, finding.Element);
        Assert.Equal(
            "Edge pool 'edge15-red.contoso.com' runs the XMPP proxy but is marked for migration to Skype for Business Server 2019 while XMPP federation is in use; keep the legacy Edge",
            finding.Message);
    }

    [Fact]
    public void A_partner_alone_puts_XMPP_in_use()
    {
        var topology = Coexistence(users: NoUsers, redmondEdge2015: edge => edge.MarkForRemoval());

        Assert.Equal(RedmondEdge2015.Fqdn, topology.SingleFinding(Id).Element);
    }

    [Fact]
    public void An_XMPP_user_alone_puts_XMPP_in_use()
    {
        var topology = Coexistence(partners: NoPartners, redmondEdge2015: edge => edge.MarkForRemoval());

        Assert.Equal(RedmondEdge2015.Fqdn, topology.SingleFinding(Id).Element);
    }

    [Fact]
    public void A_policy_that_grants_XMPP_to_a_user_puts_XMPP_in_use()
    {
        var topology = Coexistence(
            partners: NoPartners,
            policies: t => t.SiteExternalAccessPolicy(Dublin, enableXmppAccess: true),
            users: u => u.User(Carol).HomedOn(DublinFe2013),
            redmondEdge2015: edge => edge.MarkForMigrationTo2019());

        Assert.Equal(RedmondEdge2015.Fqdn, topology.SingleFinding(Id).Element);
    }

    [Fact]
    public void Without_XMPP_in_use_the_legacy_Edge_may_go()
    {
        var topology = Coexistence(
            partners: NoPartners,
            users: u => u.User(Bob).HomedOn(RedmondFe2015).MoveTo(RedmondFe2019),
            redmondEdge2015: edge => edge.MarkForRemoval());

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void Without_XMPP_in_use_the_legacy_Edge_may_migrate()
    {
        var topology = Coexistence(
            partners: NoPartners,
            policies: t => t.GlobalExternalAccessPolicy(enableXmppAccess: false),
            users: u => u.User(Carol).HomedOn(DublinFe2013).Xmpp(false),
            redmondEdge2015: edge => edge.MarkForMigrationTo2019());

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void A_legacy_Edge_without_the_XMPP_proxy_may_go()
    {
        var topology = Coexistence(dublin: site => site.EdgePool("edge13-dub.contoso.com", ProductVersion.LyncServer2013, edge => edge.MarkForRemoval()));

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void The_legacy_XMPP_Edge_that_stays_is_fine()
    {
        var topology = Coexistence();

        topology.AssertNoFinding(Id);
    }
}
