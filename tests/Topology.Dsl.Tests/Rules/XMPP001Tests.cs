using System.Linq;
using static XmppTopology.Tests.Rules.Topologies;
using XmppTopology.Rules;

namespace XmppTopology.Tests.Rules;

/// <summary>XMPP001: a user with XMPP federation is homed on, or planned to move to, a 2019 pool.</summary>
public class Xmpp001Tests
{
    private const string Id = RuleIds.Xmpp001;

    // Legacy Front End pools that stay, nearest first: the 2019 pool's own site, then the others.
    private static readonly string[] LegacyFrontEndsFromRedmond = [RedmondFe2015.Fqdn, DublinFe2013.Fqdn, DublinSe2015.Fqdn];
    private static readonly string[] LegacyFrontEndsFromDublin = [DublinFe2013.Fqdn, DublinSe2015.Fqdn, RedmondFe2015.Fqdn];

    [Fact]
    public void An_XMPP_user_homed_on_a_2019_pool_is_an_error()
    {
        var topology = Coexistence(users: u => u.User(Carol).HomedOn(RedmondFe2019).Xmpp());

        var finding = topology.SingleFinding(Id);

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(ElementKind.User, finding.ElementKind);
        Assert.Equal(Carol, finding.Element);
        Assert.Equal(
            "User 'sip:carol@contoso.com' federates with XMPP but is homed on 'fe19-red.contoso.com', a Skype for Business Server 2019 pool; XMPP users must stay on a legacy pool",
            finding.Message);
        Assert.Equal(LegacyFrontEndsFromRedmond, finding.FixTargets);
    }

    [Fact]
    public void An_XMPP_user_planned_to_move_to_a_2019_pool_is_an_error()
    {
        var topology = Coexistence(users: u => u.User(Carol).HomedOn(RedmondFe2015).Xmpp().MoveTo(RedmondFe2019));

        var finding = topology.SingleFinding(Id);

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(ElementKind.User, finding.ElementKind);
        Assert.Equal(Carol, finding.Element);
        Assert.Equal(
            "User 'sip:carol@contoso.com' federates with XMPP but is planned to move to 'fe19-red.contoso.com', a Skype for Business Server 2019 pool; XMPP users must stay on a legacy pool",
            finding.Message);
        Assert.Equal([Carol, "planned to move to", RedmondFe2019.Fqdn, "a Skype for Business Server 2019 pool"], finding.MessageArguments);
        Assert.Equal(LegacyFrontEndsFromRedmond.Except([RedmondFe2015.Fqdn]), finding.FixTargets); // another legacy pool; staying is cancelling the move
    }

    [Fact]
    public void The_fix_targets_start_with_the_legacy_pools_of_the_2019_pools_own_site()
    {
        var topology = Coexistence(users: u => u.User(Carol).HomedOn(RedmondFe2015).Xmpp().MoveTo(DublinFe2019));

        var finding = topology.SingleFinding(Id);

        finding.AssertNames(Carol, DublinFe2019.Fqdn);
        Assert.Equal(LegacyFrontEndsFromDublin.Except([RedmondFe2015.Fqdn]), finding.FixTargets);
    }

    [Fact]
    public void Legacy_pools_marked_for_removal_or_migration_are_no_fix_targets()
    {
        var topology = Coexistence(
            users: u => u.User(Carol).HomedOn(RedmondFe2019).Xmpp(),
            dublinFe2013: fe => fe.MarkForRemoval(),
            dublinSe2015: se => se.MarkForMigrationTo2019());

        Assert.Equal([RedmondFe2015.Fqdn], topology.SingleFinding(Id).FixTargets);
    }

    [Fact]
    public void Each_user_of_a_group_that_moves_to_a_2019_pool_with_XMPP_gets_its_own_finding()
    {
        string[] sales = ["sip:dave@contoso.com", "sip:erin@contoso.com"];
        var topology = Coexistence(users: u => u.Users(sales).HomedOn(RedmondFe2015).Xmpp().MoveTo(RedmondFe2019));

        Assert.Equal(sales, topology.FindingsOf(Id).Select(f => f.Element));
    }

    [Fact]
    public void XMPP_from_a_user_scope_policy_counts()
    {
        var topology = Coexistence(
            policies: t => t.UserExternalAccessPolicy("XmppUsers", enableXmppAccess: true),
            users: u => u.User(Carol).HomedOn(RedmondFe2015).ExternalAccessPolicy("XmppUsers").MoveTo(RedmondFe2019));

        var finding = topology.SingleFinding(Id);

        Assert.Equal(Carol, finding.Element);
        finding.AssertNames(Carol, RedmondFe2019.Fqdn);
    }

    [Fact]
    public void XMPP_from_the_site_policy_of_the_2019_pools_site_counts()
    {
        var topology = Coexistence(
            policies: t => t.SiteExternalAccessPolicy(Redmond, enableXmppAccess: true),
            users: u => u.User(Carol).HomedOn(RedmondFe2019));

        var finding = topology.SingleFinding(Id);

        Assert.Equal(Carol, finding.Element);
        Assert.Equal([Carol, "homed on", RedmondFe2019.Fqdn, "a Skype for Business Server 2019 pool"], finding.MessageArguments);
    }

    [Fact]
    public void A_move_into_a_site_whose_policy_grants_XMPP_is_an_error()
    {
        var topology = Coexistence(
            policies: t => t.SiteExternalAccessPolicy(Dublin, enableXmppAccess: true),
            users: u => u.User(Carol).HomedOn(RedmondFe2015).MoveTo(DublinFe2019));

        Assert.Equal([Carol, "planned to move to", DublinFe2019.Fqdn, "a Skype for Business Server 2019 pool"], topology.SingleFinding(Id).MessageArguments);
    }

    [Fact]
    public void XMPP_from_the_global_policy_counts_for_every_user_it_covers()
    {
        var topology = Coexistence(policies: t => t.GlobalExternalAccessPolicy(enableXmppAccess: true));

        // Bob has no XMPP of his own, but the global policy now grants it and he moves to 2019.
        var finding = topology.SingleFinding(Id);

        Assert.Equal(Bob, finding.Element);
        finding.AssertNames(Bob, RedmondFe2019.Fqdn);
    }

    [Fact]
    public void The_users_own_Xmpp_false_overrides_a_global_policy()
    {
        var topology = Coexistence(
            policies: t => t.GlobalExternalAccessPolicy(enableXmppAccess: true),
            users: u => u.User(Carol).HomedOn(RedmondFe2015).Xmpp(false).MoveTo(RedmondFe2019));

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void The_users_own_Xmpp_false_overrides_a_site_policy()
    {
        var topology = Coexistence(
            policies: t => t.SiteExternalAccessPolicy(Redmond, enableXmppAccess: true),
            users: u => u.User(Carol).HomedOn(RedmondFe2019).Xmpp(false));

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void The_users_own_Xmpp_false_overrides_a_user_policy()
    {
        var topology = Coexistence(
            policies: t => t.UserExternalAccessPolicy("XmppUsers", enableXmppAccess: true),
            users: u => u.User(Carol).HomedOn(RedmondFe2015).ExternalAccessPolicy("XmppUsers").Xmpp(false).MoveTo(RedmondFe2019));

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void A_user_policy_without_XMPP_overrides_site_and_global_policies_with_it()
    {
        var topology = Coexistence(
            policies: t => t
                .GlobalExternalAccessPolicy(enableXmppAccess: true)
                .SiteExternalAccessPolicy(Redmond, enableXmppAccess: true)
                .UserExternalAccessPolicy("NoXmpp", enableXmppAccess: false),
            users: u => u.User(Carol).HomedOn(RedmondFe2019).ExternalAccessPolicy("NoXmpp"));

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void A_site_policy_without_XMPP_overrides_the_global_policy_in_that_site_only()
    {
        var topology = Coexistence(
            policies: t => t
                .GlobalExternalAccessPolicy(enableXmppAccess: true)
                .SiteExternalAccessPolicy(Redmond, enableXmppAccess: false),
            users: u =>
            {
                u.User(Carol).HomedOn(RedmondFe2019);
                u.User("sip:dave@contoso.com").HomedOn(DublinFe2019);
            });

        Assert.Equal("sip:dave@contoso.com", topology.SingleFinding(Id).Element);
    }

    [Fact]
    public void An_XMPP_user_who_stays_on_a_legacy_pool_is_fine()
    {
        var topology = Coexistence(users: u =>
        {
            u.User(Carol).HomedOn(RedmondFe2015).Xmpp();
            u.User("sip:dave@contoso.com").HomedOn(DublinFe2013).Xmpp().MoveTo(DublinSe2015);
        });

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void A_user_without_XMPP_may_move_to_a_2019_pool()
    {
        var topology = Coexistence(users: u => u.User(Carol).HomedOn(RedmondFe2015).MoveTo(RedmondFe2019));

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void Without_any_policy_XMPP_is_off_by_default()
    {
        // EnableXmppAccess defaults to false: a user with no setting and no policy has no XMPP.
        var topology = Coexistence(users: u => u.User(Carol).HomedOn(RedmondFe2019), partners: NoPartners);

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void A_user_with_XMPP_from_its_home_sites_policy_moving_to_a_2019_pool_elsewhere_is_an_error()
    {
        var topology = Coexistence(
            policies: t => t.SiteExternalAccessPolicy(Redmond, enableXmppAccess: true),
            users: u => u.User(Carol).HomedOn(RedmondFe2015).MoveTo(DublinFe2019));

        Assert.Equal(Carol, topology.SingleFinding(Id).Element);
    }

    [Fact]
    public void An_XMPP_user_left_on_a_legacy_pool_marked_for_migration_to_2019_is_an_error()
    {
        var topology = Coexistence(
            users: u => u.User(Carol).HomedOn(DublinFe2013).Xmpp(),
            dublinFe2013: fe => fe.MarkForMigrationTo2019());

        Assert.Equal(Carol, topology.SingleFinding(Id).Element);
    }

    [Fact]
    public void A_user_policy_named_Global_is_not_the_global_policy()
    {
        var topology = Coexistence(
            policies: t => t.UserExternalAccessPolicy("Global", enableXmppAccess: true),
            users: u => u.User(Carol).HomedOn(RedmondFe2015).MoveTo(RedmondFe2019));

        topology.AssertNoFinding(Id);
    }
}
