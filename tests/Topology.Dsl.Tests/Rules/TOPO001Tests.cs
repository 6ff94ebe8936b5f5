using System.Linq;
using static XmppTopology.Tests.Rules.Topologies;
using XmppTopology.Rules;

namespace XmppTopology.Tests.Rules;

/// <summary>TOPO001: a reference names a pool, Edge, site or policy that the topology does not declare.</summary>
public class Topo001Tests
{
    private const string Id = RuleIds.Topo001;

    [Fact]
    public void A_user_homed_on_an_undeclared_pool_is_an_error_with_the_closest_pool_suggested()
    {
        var topology = Coexistence(users: u => u.User(Carol).HomedOn("fe15-redd.contoso.com"));

        var finding = topology.SingleFinding(Id);

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(ElementKind.Topology, finding.ElementKind);
        Assert.Equal("fe15-redd.contoso.com", finding.Element);
        Assert.Equal(
            "'fe15-redd.contoso.com' names a pool that the topology does not declare; did you mean 'fe15-red.contoso.com'?",
            finding.Message);
        Assert.Equal([RedmondFe2015.Fqdn], finding.FixTargets);
    }

    [Fact]
    public void A_planned_move_to_an_undeclared_pool_is_an_error_with_the_closest_pool_suggested()
    {
        var topology = Coexistence(users: u => u.User(Carol).HomedOn(RedmondFe2015).MoveTo("fe19-rd.contoso.com"));

        var finding = topology.SingleFinding(Id);

        Assert.Equal("fe19-rd.contoso.com", finding.Element);
        Assert.Equal(
            "'fe19-rd.contoso.com' names a pool that the topology does not declare; did you mean 'fe19-red.contoso.com'?",
            finding.Message);
        Assert.Equal([RedmondFe2019.Fqdn], finding.FixTargets);
    }

    [Fact]
    public void An_undeclared_user_policy_is_an_error_with_the_closest_user_policy_suggested()
    {
        var topology = Coexistence(
            policies: t => t.UserExternalAccessPolicy("XmppUsers", enableXmppAccess: true),
            users: u => u.User(Carol).HomedOn(RedmondFe2015).ExternalAccessPolicy("XmppUser"));

        var finding = topology.SingleFinding(Id);

        Assert.Equal("XmppUser", finding.Element);
        Assert.Equal(
            "'XmppUser' names a user-scope external access policy that the topology does not declare; did you mean 'XmppUsers'?",
            finding.Message);
        Assert.Equal(["XmppUsers"], finding.FixTargets);
    }

    [Fact]
    public void A_site_policy_for_an_undeclared_site_is_an_error_with_the_closest_site_suggested()
    {
        var topology = Coexistence(policies: t => t.SiteExternalAccessPolicy("Redmnd", enableXmppAccess: true));

        var finding = topology.SingleFinding(Id);

        Assert.Equal("Redmnd", finding.Element);
        Assert.Equal("'Redmnd' names a site that the topology does not declare; did you mean 'Redmond'?", finding.Message);
        Assert.Equal([Redmond], finding.FixTargets);
    }

    [Fact]
    public void A_partner_configured_on_an_undeclared_pool_is_an_error_with_the_closest_pool_suggested()
    {
        var topology = Coexistence(partners: t => t.XmppPartner(Partner, p => p.ConfiguredOn("fe15-red.contoso.co")));

        var finding = topology.SingleFinding(Id);

        Assert.Equal("fe15-red.contoso.co", finding.Element);
        Assert.Equal(
            "'fe15-red.contoso.co' names a pool that the topology does not declare; did you mean 'fe15-red.contoso.com'?",
            finding.Message);
        Assert.Equal([RedmondFe2015.Fqdn], finding.FixTargets);
    }

    [Fact]
    public void An_undeclared_associated_Edge_is_an_error_with_the_closest_pool_suggested()
    {
        var topology = Coexistence(redmondFe2015: fe => fe.AssociatedEdge("edge15-re.contoso.com"));

        var finding = topology.SingleFinding(Id);

        Assert.Equal("edge15-re.contoso.com", finding.Element);
        Assert.Equal(["edge15-re.contoso.com", "an Edge pool", "; did you mean 'edge15-red.contoso.com'?"], finding.MessageArguments);
        finding.AssertNames("edge15-re.contoso.com", RedmondEdge2015.Fqdn);
        Assert.Equal([RedmondEdge2015.Fqdn], finding.FixTargets);
    }

    [Fact]
    public void An_undeclared_federation_route_is_an_error_with_the_closest_pool_suggested()
    {
        var topology = Coexistence(redmond: site => site.FederationRoute("edge19-red.contso.com"));

        var finding = topology.SingleFinding(Id);

        Assert.Equal("edge19-red.contso.com", finding.Element);
        Assert.Equal(
            "'edge19-red.contso.com' names a federation route (Edge pool or Director) that the topology does not declare; did you mean 'edge19-red.contoso.com'?",
            finding.Message);
        Assert.Equal([RedmondEdge2019.Fqdn], finding.FixTargets);
    }

    [Fact]
    public void An_undeclared_XMPP_federation_route_is_an_error_with_the_closest_pool_suggested()
    {
        var topology = Coexistence(dublin: site => site.XmppFederationRoute("edge15-red.contoso.comm"));

        var finding = topology.SingleFinding(Id);

        Assert.Equal("edge15-red.contoso.comm", finding.Element);
        Assert.Equal(["edge15-red.contoso.comm", "an XMPP federation route (Edge pool)", "; did you mean 'edge15-red.contoso.com'?"], finding.MessageArguments);
        finding.AssertNames("edge15-red.contoso.comm", RedmondEdge2015.Fqdn);
        Assert.Equal([RedmondEdge2015.Fqdn], finding.FixTargets);
    }

    [Fact]
    public void A_name_close_to_nothing_declared_gets_no_suggestion()
    {
        var topology = Coexistence(users: u => u.User(Carol).HomedOn("lync.fabrikam.com"));

        var finding = topology.SingleFinding(Id);

        Assert.Equal("'lync.fabrikam.com' names a pool that the topology does not declare", finding.Message);
        Assert.Empty(finding.FixTargets);
    }

    [Fact]
    public void Every_undeclared_reference_is_reported()
    {
        var topology = Coexistence(users: u =>
        {
            u.User(Carol).HomedOn("fe15-redd.contoso.com").MoveTo("fe19-rd.contoso.com");
            u.User("sip:dave@contoso.com").HomedOn("fe13-du.contoso.com");
        });

        Assert.Equal(["fe15-redd.contoso.com", "fe19-rd.contoso.com", "fe13-du.contoso.com"], topology.FindingsOf(Id).Select(f => f.Element));
    }

    [Fact]
    public void References_match_declarations_without_case()
    {
        var topology = Coexistence(
            policies: t => t
                .SiteExternalAccessPolicy("DUBLIN", enableXmppAccess: false)
                .UserExternalAccessPolicy("XmppUsers", enableXmppAccess: true),
            users: u => u.User(Carol).HomedOn("FE15-RED.contoso.com").ExternalAccessPolicy("xmppusers"),
            redmond: site => site.XmppFederationRoute("Edge15-Red.Contoso.com"));

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void Declared_references_of_every_kind_are_fine()
    {
        var topology = Coexistence(
            policies: t => t
                .SiteExternalAccessPolicy(Dublin, enableXmppAccess: false)
                .UserExternalAccessPolicy("XmppUsers", enableXmppAccess: true),
            users: u => u.User(Carol).HomedOn(DublinFe2013).ExternalAccessPolicy("XmppUsers").MoveTo(DublinSe2015));

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void The_message_uses_the_right_article_before_Edge_and_XMPP()
    {
        var edge = Coexistence(redmondFe2015: fe => fe.AssociatedEdge("edge15-re.contoso.com")).SingleFinding(Id);
        var route = Coexistence(dublin: site => site.XmppFederationRoute("edge15-red.contoso.comm")).SingleFinding(Id);

        Assert.StartsWith("'edge15-re.contoso.com' names an Edge pool that", edge.Message, System.StringComparison.Ordinal);
        Assert.StartsWith("'edge15-red.contoso.comm' names an XMPP federation route (Edge pool) that", route.Message, System.StringComparison.Ordinal);
    }
}
