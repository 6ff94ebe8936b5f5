using static XmppTopology.Tests.Rules.Topologies;
using XmppTopology.Rules;

namespace XmppTopology.Tests.Rules;

/// <summary>XMPP004: the XMPP proxy on a 2019 Edge, or the XMPP gateway asked of a 2019 Front End pool.</summary>
public class Xmpp004Tests
{
    private const string Id = RuleIds.Xmpp004;

    [Fact]
    public void The_XMPP_proxy_on_a_2019_Edge_is_an_error()
    {
        var topology = Coexistence(redmondEdge2019: edge => edge.XmppProxy());

        var finding = topology.SingleFinding(Id);

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(ElementKind.Pool, finding.ElementKind);
        Assert.Equal(RedmondEdge2019.Fqdn, finding.Element);
        Assert.Equal(
            "'edge19-red.contoso.com' is a Skype for Business Server 2019 Edge pool and cannot run the XMPP proxy: XMPP is no longer available in Skype for Business Server 2019",
            finding.Message);
        Assert.Empty(finding.FixTargets);
    }

    [Fact]
    public void The_XMPP_gateway_asked_of_a_2019_Front_End_pool_is_an_error()
    {
        var topology = Coexistence(redmondFe2019: fe => fe.XmppGateway());

        var finding = topology.SingleFinding(Id);

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(ElementKind.Pool, finding.ElementKind);
        Assert.Equal(RedmondFe2019.Fqdn, finding.Element);
        Assert.Equal(
            "'fe19-red.contoso.com' is a Skype for Business Server 2019 Front End pool and cannot run the XMPP gateway: XMPP is no longer available in Skype for Business Server 2019",
            finding.Message);
    }

    [Fact]
    public void The_XMPP_gateway_asked_of_a_2019_Standard_Edition_server_is_an_error()
    {
        var topology = Coexistence(dublin: site => site.StandardEditionServer("se19-dub.contoso.com", ProductVersion.SkypeForBusiness2019, se => se.XmppGateway()));

        var finding = topology.SingleFinding(Id);

        Assert.Equal("se19-dub.contoso.com", finding.Element);
        Assert.Equal(["se19-dub.contoso.com", "Standard Edition server", "XMPP gateway"], finding.MessageArguments);
    }

    [Fact]
    public void Turning_the_XMPP_settings_off_on_2019_pools_is_fine()
    {
        var topology = Coexistence(
            redmondEdge2019: edge => edge.XmppProxy().XmppProxy(false),
            redmondFe2019: fe => fe.XmppGateway(false));

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void The_XMPP_proxy_and_gateway_on_legacy_pools_are_fine()
    {
        var topology = Coexistence(
            dublinFe2013: fe => fe.XmppGateway(),
            dublinSe2015: se => se.XmppGateway(),
            dublin: site => site.EdgePool("edge13-dub.contoso.com", ProductVersion.LyncServer2013, edge => edge.XmppProxy()));

        topology.AssertNoFinding(Id);
    }
}
