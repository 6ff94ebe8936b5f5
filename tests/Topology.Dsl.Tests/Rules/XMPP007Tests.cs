using static XmppTopology.Tests.Rules.Topologies;
using XmppTopology.Rules;

namespace XmppTopology.Tests.Rules;

/// <summary>XMPP007: an XMPP user is homed on a Survivable Branch Appliance or Server.</summary>
public class Xmpp007Tests
{
    private const string Id = RuleIds.Xmpp007;

    [Fact]
    public void An_XMPP_user_homed_on_a_Survivable_Branch_Appliance_is_an_error()
    {
        var topology = Coexistence(users: u => u.User(Carol).HomedOn(TukwilaSba).Xmpp());

        var finding = topology.SingleFinding(Id);

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(ElementKind.User, finding.ElementKind);
        Assert.Equal(Carol, finding.Element);
        Assert.Equal(
            "User 'sip:carol@contoso.com' federates with XMPP but is homed on 'sba-tuk.contoso.com', a Survivable Branch Appliance; XMPP is not supported for users homed on survivable branch appliances",
            finding.Message);
        // Tukwila belongs to Redmond: Redmond's legacy pool first.
        Assert.Equal([RedmondFe2015.Fqdn, DublinFe2013.Fqdn, DublinSe2015.Fqdn], finding.FixTargets);
    }

    [Fact]
    public void An_XMPP_user_homed_on_a_Survivable_Branch_Server_is_an_error()
    {
        var topology = Coexistence(users: u => u.User(Carol).HomedOn(CorkSbs).Xmpp());

        var finding = topology.SingleFinding(Id);

        Assert.Equal(Carol, finding.Element);
        Assert.Equal([Carol, CorkSbs.Fqdn, "Survivable Branch Server"], finding.MessageArguments);
        // Cork belongs to Dublin: Dublin's legacy pools first.
        Assert.Equal([DublinFe2013.Fqdn, DublinSe2015.Fqdn, RedmondFe2015.Fqdn], finding.FixTargets);
    }

    [Fact]
    public void XMPP_from_the_branch_sites_policy_counts()
    {
        var topology = Coexistence(
            policies: t => t.SiteExternalAccessPolicy(Tukwila, enableXmppAccess: true),
            users: u => u.User(Carol).HomedOn(TukwilaSba));

        Assert.Equal(Carol, topology.SingleFinding(Id).Element);
    }

    [Fact]
    public void XMPP_from_a_user_policy_counts()
    {
        var topology = Coexistence(
            policies: t => t.UserExternalAccessPolicy("XmppUsers", enableXmppAccess: true),
            users: u => u.User(Carol).HomedOn(CorkSbs).ExternalAccessPolicy("XmppUsers"));

        Assert.Equal(Carol, topology.SingleFinding(Id).Element);
    }

    [Fact]
    public void A_user_without_XMPP_on_a_branch_appliance_is_fine_even_under_a_global_policy_with_it()
    {
        var topology = Coexistence(
            policies: t => t.GlobalExternalAccessPolicy(enableXmppAccess: true),
            users: u =>
            {
                u.User(Carol).HomedOn(TukwilaSba).Xmpp(false);
                u.User("sip:dave@contoso.com").HomedOn(CorkSbs).Xmpp(false);
            });

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void A_user_on_a_branch_appliance_without_any_XMPP_is_fine()
    {
        var topology = Coexistence(users: u => u.User(Carol).HomedOn(TukwilaSba));

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void An_XMPP_user_homed_on_the_central_sites_legacy_pool_is_fine()
    {
        var topology = Coexistence(users: u => u.User(Carol).HomedOn(RedmondFe2015).Xmpp());

        topology.AssertNoFinding(Id);
    }
}
