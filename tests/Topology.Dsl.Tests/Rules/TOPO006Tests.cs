using System.Linq;
using static XmppTopology.Tests.Rules.Topologies;
using XmppTopology.Rules;

namespace XmppTopology.Tests.Rules;

/// <summary>TOPO006: the same user (SIP addresses compare without case) is declared more than once.</summary>
public class Topo006Tests
{
    private const string Id = RuleIds.Topo006;

    [Fact]
    public void A_user_declared_again_in_another_case_is_an_error_at_the_later_declaration_naming_the_first()
    {
        var topology = Coexistence(users: u =>
        {
            u.User("sip:Pat.Benatar@contoso.com").HomedOn(RedmondFe2015).Xmpp();
            u.User("sip:pat.benatar@contoso.com").HomedOn(RedmondFe2019);
        });

        var finding = topology.SingleFinding(Id);

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(ElementKind.User, finding.ElementKind);
        Assert.Equal("sip:pat.benatar@contoso.com", finding.Element);
        Assert.Equal(["sip:pat.benatar@contoso.com", "sip:Pat.Benatar@contoso.com", "the two declarations differ, keep the one the plan means"], finding.MessageArguments);
        Assert.Equal(
            "User 'sip:pat.benatar@contoso.com' is already declared as 'sip:Pat.Benatar@contoso.com'; Skype for Business has one account per SIP address, compared without case: the two declarations differ, keep the one the plan means",
            finding.Message);
        Assert.Empty(finding.FixTargets);
    }

    [Fact]
    public void The_sip_prefix_compares_without_case_too()
    {
        var topology = Coexistence(users: u =>
        {
            u.User("sip:carol@contoso.com").HomedOn(RedmondFe2015);
            u.User("SIP:CAROL@CONTOSO.COM").HomedOn(RedmondFe2015);
        });

        Assert.Equal("SIP:CAROL@CONTOSO.COM", topology.SingleFinding(Id).Element);
    }

    [Fact]
    public void A_later_declaration_that_says_the_same_offers_its_removal_keeping_the_first()
    {
        var topology = Coexistence(users: u =>
        {
            u.User(Carol).HomedOn(RedmondFe2015).Xmpp().MoveTo(DublinFe2013).ExternalAccessPolicy("XmppUsers");
            u.User("sip:Carol@Contoso.com").ExternalAccessPolicy("xmppusers").MoveTo("FE13-DUB.contoso.com").Xmpp().HomedOn(RedmondFe2015);
        }, policies: t => t.UserExternalAccessPolicy("XmppUsers", enableXmppAccess: true));

        var finding = topology.SingleFinding(Id);

        // Pool and policy names compare without case, and the order of the calls does not matter.
        Assert.Equal([Carol], finding.FixTargets);
        Assert.Equal("this declaration says the same, remove it", finding.MessageArguments[2]);
    }

    [Theory]
    [InlineData("home")]
    [InlineData("move")]
    [InlineData("xmpp")]
    [InlineData("policy")]
    public void Declarations_that_differ_in_one_setting_conflict(string setting)
    {
        var topology = Coexistence(
            policies: t => t.UserExternalAccessPolicy("XmppUsers", enableXmppAccess: true),
            users: u =>
            {
                u.User(Carol).HomedOn(RedmondFe2015).MoveTo(DublinFe2013).Xmpp(false).ExternalAccessPolicy("XmppUsers");
                var later = u.User(Carol)
                    .HomedOn(setting == "home" ? DublinFe2013 : RedmondFe2015)
                    .Xmpp(setting == "xmpp");
                if (setting != "move")
                {
                    later.MoveTo(DublinFe2013);
                }

                if (setting != "policy")
                {
                    later.ExternalAccessPolicy("XmppUsers");
                }
            });

        Assert.Empty(topology.SingleFinding(Id).FixTargets);
    }

    [Fact]
    public void A_setting_stated_in_one_declaration_and_left_out_in_the_other_conflicts()
    {
        var topology = Coexistence(users: u =>
        {
            u.User(Carol).HomedOn(RedmondFe2015);
            u.User(Carol).HomedOn(RedmondFe2015).Xmpp(false);
        });

        Assert.Empty(topology.SingleFinding(Id).FixTargets);
    }

    [Fact]
    public void Each_later_declaration_is_reported_and_names_the_first()
    {
        var topology = Coexistence(users: u =>
        {
            u.User("sip:Dave@contoso.com").HomedOn(RedmondFe2015);
            u.Users(["sip:erin@contoso.com", "sip:dave@contoso.com"]).HomedOn(RedmondFe2015);
            u.User("sip:DAVE@contoso.com").HomedOn(RedmondFe2015);
        });

        var findings = topology.FindingsOf(Id);

        Assert.Equal(["sip:dave@contoso.com", "sip:DAVE@contoso.com"], findings.Select(f => f.Element));
        Assert.All(findings, f => Assert.Equal("sip:Dave@contoso.com", f.MessageArguments[1]));
        Assert.All(findings, f => Assert.Equal(["sip:Dave@contoso.com"], f.FixTargets));
    }

    [Fact]
    public void Two_items_of_one_list_are_two_declarations()
    {
        var topology = Coexistence(users: u => u.Users(["sip:erin@contoso.com", "sip:Erin@contoso.com"]).HomedOn(DublinFe2013));

        Assert.Equal("sip:Erin@contoso.com", topology.SingleFinding(Id).Element);
    }

    [Fact]
    public void Declarations_in_two_plans_count_and_the_one_that_runs_first_is_first()
    {
        static void Imported(UserPlan users) => users.User("sip:frank@contoso.com").HomedOn(RedmondFe2015);
        static void Plan(UserPlan users) => users.User("sip:Frank@contoso.com").HomedOn(RedmondFe2015).MoveTo(RedmondFe2019);

        var topology = Topology.Define(Domain, t => t
            .CentralSite(Redmond, site => site
                .FrontEndPool(RedmondFe2015, ProductVersion.SkypeForBusiness2015)
                .FrontEndPool(RedmondFe2019, ProductVersion.SkypeForBusiness2019))
            .Users(Plan)
            .Users(Imported));

        var finding = topology.SingleFinding(Id);

        Assert.Equal("sip:frank@contoso.com", finding.Element);
        Assert.Equal("sip:Frank@contoso.com", finding.MessageArguments[1]);
    }

    [Fact]
    public void The_model_keeps_both_declarations_with_their_own_settings_for_the_other_rules()
    {
        var topology = Coexistence(users: u =>
        {
            u.User("sip:Pat.Benatar@contoso.com").HomedOn(RedmondFe2015).Xmpp();
            u.User("sip:pat.benatar@contoso.com").HomedOn(RedmondFe2019).Xmpp();
        });

        Assert.Equal(
            [("sip:Pat.Benatar@contoso.com", RedmondFe2015.Fqdn), ("sip:pat.benatar@contoso.com", RedmondFe2019.Fqdn)],
            topology.Users.Select(user => (user.SipAddress!, user.Home!.Name!)));
        Assert.Equal("sip:pat.benatar@contoso.com", topology.SingleFinding(RuleIds.Xmpp001).Element);
        Assert.Equal("sip:pat.benatar@contoso.com", topology.SingleFinding(Id).Element);
    }

    [Fact]
    public void Distinct_users_and_one_user_in_two_topologies_are_fine()
    {
        Coexistence().AssertNoFinding(Id);
        Coexistence(users: u =>
        {
            u.User("sip:carol@contoso.com").HomedOn(RedmondFe2015);
            u.User("sip:carol@fabrikam.com").HomedOn(RedmondFe2015);
            u.User("sip:carol2@contoso.com").HomedOn(RedmondFe2015);
        }).AssertNoFinding(Id);

        var lab = Topology.Define("lab.contoso.com", t => t
            .CentralSite("Lab", site => site.FrontEndPool("fe15-lab.contoso.com", ProductVersion.SkypeForBusiness2015))
            .Users(u => u.User(Alice).HomedOn("fe15-lab.contoso.com")));
        lab.AssertNoFinding(Id);
    }

    [Fact]
    public void A_SIP_address_not_known_at_compile_time_is_compared_with_nothing()
    {
        // As the analyzer builds it: one user's SIP address is not known.
        var topology = new Topology(
            "contoso.com",
            [new Site(Redmond, SiteKind.Central)],
            [new Pool(RedmondFe2015.Fqdn, PoolRole.FrontEndPool, ProductVersion.SkypeForBusiness2015, Redmond)],
            [],
            [],
            [new User(null) { Home = new Reference(RedmondFe2015.Fqdn) }, new User(null) { Home = new Reference(RedmondFe2015.Fqdn) }, new User(Carol) { Home = new Reference(RedmondFe2015.Fqdn) }]);

        topology.AssertNoFinding(Id);
    }

    [Fact]
    public void A_declaration_whose_call_runs_twice_is_reported_without_a_removal()
    {
        // As the analyzer builds it when a plan is handed on twice: one place in the source declares both.
        var place = new Origin("Users.cs", 40, 23);
        var once = new User(Carol) { Home = new Reference(RedmondFe2015.Fqdn), SipAddressOrigin = place };
        var topology = new Topology(
            "contoso.com",
            [new Site(Redmond, SiteKind.Central)],
            [new Pool(RedmondFe2015.Fqdn, PoolRole.FrontEndPool, ProductVersion.SkypeForBusiness2015, Redmond)],
            [],
            [],
            [once, once]);

        var finding = topology.SingleFinding(Id);

        Assert.Equal(place, finding.Origin);
        Assert.Equal("the call that declares it runs twice", finding.MessageArguments[2]);
        Assert.Empty(finding.FixTargets);
    }
}
