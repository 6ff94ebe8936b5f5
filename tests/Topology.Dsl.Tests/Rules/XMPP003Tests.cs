using System.Linq;
using static XmppTopology.Tests.Rules.Topologies;
using XmppTopology.Rules;

namespace XmppTopology.Tests.Rules;

/// <summary>XMPP003: an XMPP federated partner is configured on a 2019 element.</summary>
public class Xmpp003Tests
{
    private const string Id = RuleIds.Xmpp003;

    [Fact]
    public void A_partner_configured_on_a_2019_Front_End_pool_is_an_error()
    {
        var topology = Coexistence(partners: t => t.XmppPartner(Partner, p => p.ConfiguredOn(RedmondFe2019)));

        var finding = topology.SingleFinding(Id);

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(ElementKind.XmppPartner, finding.ElementKind);
        Assert.Equal(Partner, finding.Element);
        Assert.Equal(
            "XMPP partner 'jabber.fabrikam.com' is configured on 'fe19-red.contoso.com', a Skype for Business Server 2019 pool; configure it on a Skype for Business Server 2015 or Lync Server 2013 pool",
            finding.Message);
        Assert.Equal([RedmondFe2015.Fqdn, DublinFe2013.Fqdn, DublinSe2015.Fqdn], finding.FixTargets);
    }

    [Fact]
    public void The_fix_targets_start_with_the_legacy_pools_of_the_2019_pools_own_site()
    {
        var topology = Coexistence(partners: t => t.XmppPartner(Partner, p => p.ConfiguredOn(DublinFe2019)));

        var finding = topology.SingleFinding(Id);

        finding.AssertNames(Partner, DublinFe2019.Fqdn);
        Assert.Equal([DublinFe2013.Fqdn, DublinSe2015.Fqdn, RedmondFe2015.Fqdn], finding.FixTargets);
    }

    [Fact]
    public void A_partner_configured_on_the_2019_Edge_is_an_error()
    {
        var topology = Coexistence(partners: t => t.XmppPartner(Partner, p => p.ConfiguredOn(RedmondEdge2019)));

        var finding = topology.SingleFinding(Id);

        finding.AssertNames(Partner, RedmondEdge2019.Fqdn);
        Assert.Equal([RedmondFe2015.Fqdn, DublinFe2013.Fqdn, DublinSe2015.Fqdn], finding.FixTargets);
    }

    [Fact]
    public void Each_partner_configured_on_2019_gets_its_own_finding()
    {
        var topology = Coexistence(partners: t => t
            .XmppPartner(Partner, p => p.ConfiguredOn(RedmondFe2019))
            .XmppPartner("im.litware.com", p => p.ConfiguredOn(RedmondFe2015))
            .XmppPartner("chat.adatum.com", p => p.ConfiguredOn(DublinFe2019)));

        Assert.Equal([Partner, "chat.adatum.com"], topology.FindingsOf(Id).Select(f => f.Element));
    }

    [Theory]
    [InlineData("fe15-red.contoso.com")]
    [InlineData("fe13-dub.contoso.com")]
    [InlineData("se15-dub.contoso.com")]
    public void A_partner_configured_on_a_2015_or_2013_pool_is_fine(string pool)
    {
        var topology = Coexistence(partners: t => t.XmppPartner(Partner, p => p.ConfiguredOn(pool)));

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void A_partner_without_a_stated_pool_is_not_judged()
    {
        var topology = Coexistence(partners: t => t.XmppPartner(Partner));

        topology.AssertNoFinding(Id);
    }
}
