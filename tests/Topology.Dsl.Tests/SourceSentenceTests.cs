using System;
using System.Linq;
using XmppTopology.Rules;
using XmppTopology.Tests.Rules;
using static XmppTopology.Tests.Rules.Topologies;

namespace XmppTopology.Tests;

/// <summary>
/// One test per source sentence of design/rules.md and of the seed ("Migrating XMPP federation"),
/// each named after its sentence, proving that the model and the rules encode it.
/// </summary>
public class SourceSentenceTests
{
    // Seed: "The XMPP functionality is no longer available and is deprecated in Skype for Business Server 2019."
    // deprecated.md (XMPP004): XMPP "is no longer available" in 2019.
    [Fact]
    public void The_XMPP_functionality_is_no_longer_available_and_is_deprecated_in_Skype_for_Business_Server_2019()
    {
        Assert.False(ProductVersion.SkypeForBusiness2019.CarriesXmpp());

        var topology = Coexistence(redmondEdge2019: edge => edge.XmppProxy(), redmondFe2019: fe => fe.XmppGateway());

        Assert.Equal(["XMPP gateway", "XMPP proxy"], topology.FindingsOf(RuleIds.Xmpp004).Select(f => f.MessageArguments[2]));
    }

    // Seed: "If you want to continue with the XMPP functionality, you can do so in a coexistence
    // environment with a legacy version (Skype for Business Server 2015 or Lync Server 2013)."
    [Fact]
    public void If_you_want_to_continue_with_the_XMPP_functionality_you_can_do_so_in_a_coexistence_environment_with_a_legacy_version()
    {
        Assert.True(ProductVersion.SkypeForBusiness2015.CarriesXmpp());
        Assert.True(ProductVersion.LyncServer2013.CarriesXmpp());

        // XMPP carried by Lync Server 2013 alone, next to 2019: the Redmond 2015 pools go.
        var topology = Coexistence(
            partners: t => t.XmppPartner(Partner, p => p.ConfiguredOn(DublinFe2013)),
            users: u => u.User(Alice).HomedOn(DublinFe2013).Xmpp(),
            redmondFe2015: fe => fe.MarkForRemoval(),
            dublinSe2015: se => se.MarkForRemoval(),
            redmondEdge2015: edge => edge.XmppProxy(false).MarkForRemoval(),
            redmond: site => site.XmppFederationRoute("edge13-dub.contoso.com"),
            dublin: site => site
                .EdgePool("edge13-dub.contoso.com", ProductVersion.LyncServer2013, edge => edge.XmppProxy())
                .XmppFederationRoute("edge13-dub.contoso.com"));

        Assert.Empty(topology.Validate());
    }

    // Seed: "XMPP functionality is installed in two parts: as an XMPP proxy that runs on the legacy
    // Edge Server, and the XMPP Gateway that runs on the legacy Front End Server." (XMPP005)
    [Fact]
    public void XMPP_functionality_is_installed_in_two_parts_an_XMPP_proxy_on_the_legacy_Edge_Server_and_the_XMPP_Gateway_on_the_legacy_Front_End_Server()
    {
        var withoutLegacyFrontEnds = Coexistence(
            users: NoUsers,
            redmondFe2015: fe => fe.MarkForRemoval(),
            dublinFe2013: fe => fe.MarkForRemoval(),
            dublinSe2015: se => se.MarkForRemoval());
        var withoutLegacyProxy = Coexistence(redmondEdge2015: edge => edge.XmppProxy(false));

        Assert.Equal("legacy Front End pool to run the XMPP gateway", withoutLegacyFrontEnds.SingleFinding(RuleIds.Xmpp005).MessageArguments[1]);
        Assert.Equal("legacy Edge pool with the XMPP proxy", withoutLegacyProxy.SingleFinding(RuleIds.Xmpp005).MessageArguments[1]);
        Coexistence().AssertNoFinding(RuleIds.Xmpp005);
    }

    // Seed: "users who want to avail the XMPP feature should remain in the legacy server ..."
    [Fact]
    public void Users_who_want_to_avail_the_XMPP_feature_should_remain_in_the_legacy_server()
    {
        var stays = Coexistence(users: u => u.User(Carol).HomedOn(DublinFe2013).Xmpp());
        var leaves = Coexistence(users: u => u.User(Carol).HomedOn(DublinFe2013).Xmpp().MoveTo(DublinFe2019));

        Assert.Empty(stays.Validate());
        // The fix is to stay on a legacy server: every target is a legacy pool.
        var targets = leaves.SingleFinding(RuleIds.Xmpp001).FixTargets;
        Assert.NotEmpty(targets);
        Assert.All(targets, fqdn => Assert.True(stays.FindPool(fqdn)!.Version!.Value.CarriesXmpp(), fqdn));
    }

    // Seed: "... and should not be moved to a Skype for Business Server 2019 pool ..." (XMPP001)
    [Fact]
    public void Xmpp_users_should_not_be_moved_to_a_Skype_for_Business_Server_2019_pool()
    {
        var topology = Coexistence(users: u => u.User(Carol).HomedOn(RedmondFe2015).Xmpp().MoveTo(RedmondFe2019));

        var finding = topology.SingleFinding(RuleIds.Xmpp001);

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(Carol, finding.Element);
        Assert.Contains("planned to move to 'fe19-red.contoso.com', a Skype for Business Server 2019 pool", finding.Message, StringComparison.Ordinal);
    }

    // Seed: "... but continue to use the legacy XMPP gateway."
    [Fact]
    public void Xmpp_users_continue_to_use_the_legacy_XMPP_gateway()
    {
        // XMPP users on the legacy pool, but the plan removes every legacy Front End: no gateway left.
        var topology = Coexistence(
            partners: NoPartners,
            users: u => u.User(Carol).HomedOn(RedmondFe2015).Xmpp(),
            redmondFe2015: fe => fe.MarkForRemoval(),
            dublinFe2013: fe => fe.MarkForRemoval(),
            dublinSe2015: se => se.MarkForRemoval());

        Assert.Contains("XMPP gateway", topology.SingleFinding(RuleIds.Xmpp005).Message, StringComparison.Ordinal);
    }

    // Seed: "This is possible only when the XMPP federated partner is configured in Skype for
    // Business Server 2015 or Lync Server 2013." (XMPP003)
    [Fact]
    public void This_is_possible_only_when_the_XMPP_federated_partner_is_configured_in_Skype_for_Business_Server_2015_or_Lync_Server_2013()
    {
        Coexistence(partners: t => t.XmppPartner(Partner, p => p.ConfiguredOn(RedmondFe2015))).AssertNoFinding(RuleIds.Xmpp003);
        Coexistence(partners: t => t.XmppPartner(Partner, p => p.ConfiguredOn(DublinFe2013))).AssertNoFinding(RuleIds.Xmpp003);

        var on2019 = Coexistence(partners: t => t.XmppPartner(Partner, p => p.ConfiguredOn(RedmondFe2019))).SingleFinding(RuleIds.Xmpp003);

        Assert.Equal(Partner, on2019.Element);
        Assert.Contains("configure it on a Skype for Business Server 2015 or Lync Server 2013 pool", on2019.Message, StringComparison.Ordinal);
    }

    // Seed: "You should not migrate the legacy Edge Server to Skype for Business Server 2019 if you
    // want to continue with XMPP functionality." (XMPP002)
    [Fact]
    public void You_should_not_migrate_the_legacy_Edge_Server_to_Skype_for_Business_Server_2019_if_you_want_to_continue_with_XMPP_functionality()
    {
        var migrated = Coexistence(redmondEdge2015: edge => edge.MarkForMigrationTo2019()).SingleFinding(RuleIds.Xmpp002);
        var withoutXmpp = Coexistence(
            partners: NoPartners,
            users: u => u.User(Bob).HomedOn(RedmondFe2015).MoveTo(RedmondFe2019),
            redmondEdge2015: edge => edge.MarkForMigrationTo2019());

        Assert.Equal(RedmondEdge2015.Fqdn, migrated.Element);
        Assert.Contains("migration to Skype for Business Server 2019", migrated.Message, StringComparison.Ordinal);
        withoutXmpp.AssertNoFinding(RuleIds.Xmpp002);
    }

    // Seed: "However, you can have coexistence of the legacy Edge Server (with XMPP Proxy) and the
    // Skype for Business 2019 Edge Server." (XMPP006: the XMPP route goes through the legacy one)
    [Fact]
    public void You_can_have_coexistence_of_the_legacy_Edge_Server_with_XMPP_Proxy_and_the_Skype_for_Business_2019_Edge_Server()
    {
        var topology = Coexistence();

        Assert.Contains(topology.Pools, p => p.Role == PoolRole.EdgePool && p.Version == ProductVersion.SkypeForBusiness2015 && p.XmppProxy == true);
        Assert.Contains(topology.Pools, p => p.Role == PoolRole.EdgePool && p.Version == ProductVersion.SkypeForBusiness2019 && p.Federation == true);
        Assert.Empty(topology.Validate());

        var xmppThrough2019 = Coexistence(redmond: site => site.XmppFederationRoute(RedmondEdge2019));
        Assert.Equal([RedmondEdge2015.Fqdn], xmppThrough2019.SingleFinding(RuleIds.Xmpp006).FixTargets);
    }

    // configure-xmpp-gateway.md: XMPP is "not supported for users who are homed on survivable
    // branch appliances". (XMPP007)
    [Fact]
    public void XMPP_is_not_supported_for_users_who_are_homed_on_survivable_branch_appliances()
    {
        var topology = Coexistence(users: u =>
        {
            u.User(Carol).HomedOn(TukwilaSba).Xmpp();
            u.User("sip:dave@contoso.com").HomedOn(CorkSbs).Xmpp();
            u.User("sip:erin@contoso.com").HomedOn(TukwilaSba);
        });

        Assert.Equal([Carol, "sip:dave@contoso.com"], topology.FindingsOf(RuleIds.Xmpp007).Select(f => f.Element));
    }

    // Lync Server 2013, "Negotiation settings for XMPP federated partners": "you cannot have SASL
    // unless TLS is also available". (XMPP008)
    [Fact]
    public void You_cannot_have_SASL_unless_TLS_is_also_available()
    {
        var topology = Coexistence(partners: t => t
            .XmppPartner("a.fabrikam.com", p => p.TlsNegotiation(Negotiation.NotSupported).SaslNegotiation(Negotiation.Required))
            .XmppPartner("b.fabrikam.com", p => p.TlsNegotiation(Negotiation.NotSupported).SaslNegotiation(Negotiation.Optional))
            .XmppPartner("c.fabrikam.com", p => p.TlsNegotiation(Negotiation.NotSupported).SaslNegotiation(Negotiation.NotSupported))
            .XmppPartner("d.fabrikam.com", p => p.TlsNegotiation(Negotiation.Optional).SaslNegotiation(Negotiation.Required)));

        Assert.Equal(["a.fabrikam.com", "b.fabrikam.com"], topology.FindingsOf(RuleIds.Xmpp008).Select(f => f.Element));
    }

    // deploy-pilot-pool.md: the pilot pool FQDN "cannot match the name of the currently deployed
    // legacy pool or any other servers". (TOPO002)
    [Fact]
    public void The_pilot_pool_FQDN_cannot_match_the_name_of_the_currently_deployed_legacy_pool_or_any_other_servers()
    {
        var likeTheLegacyPool = Coexistence(dublin: site => site.FrontEndPool(DublinFe2013, ProductVersion.SkypeForBusiness2019));
        var likeAnotherServer = Coexistence(dublin: site => site.FrontEndPool("edge15-red-01.contoso.com", ProductVersion.SkypeForBusiness2019));

        Assert.All(likeTheLegacyPool.FindingsOf(RuleIds.Topo002), f => Assert.Equal(DublinFe2013.Fqdn, f.Element));
        Assert.Equal(2, likeTheLegacyPool.FindingsOf(RuleIds.Topo002).Count);
        Assert.Equal(2, likeAnotherServer.FindingsOf(RuleIds.Topo002).Count);
    }

    // Decommissioning: the pool must be empty first. (TOPO003)
    [Fact]
    public void A_pool_must_be_empty_before_it_is_decommissioned()
    {
        var notEmpty = Coexistence(redmondFe2015: fe => fe.MarkForRemoval());
        var emptied = Coexistence(
            users: u => u.User(Alice).HomedOn(RedmondFe2015).Xmpp().MoveTo(DublinSe2015),
            partners: t => t.XmppPartner(Partner, p => p.ConfiguredOn(DublinSe2015)),
            redmondFe2015: fe => fe.MarkForRemoval());

        Assert.Equal(FindingSeverity.Warning, notEmpty.SingleFinding(RuleIds.Topo003).Severity);
        emptied.AssertNoFinding(RuleIds.Topo003);
    }

    // configure-federation-routes-and-media-traffic.md: "Federation can only be enabled for a
    // single Edge pool". (TOPO004)
    [Fact]
    public void Federation_can_only_be_enabled_for_a_single_Edge_pool()
    {
        var twoEdges = Coexistence(redmondEdge2015: edge => edge.Federation());

        Assert.Equal([RedmondEdge2015.Fqdn, RedmondEdge2019.Fqdn], twoEdges.FindingsOf(RuleIds.Topo004).Select(f => f.Element));
        Coexistence().AssertNoFinding(RuleIds.Topo004);
    }

    // rules.md (TOPO006): "Skype for Business has one account per SIP address"; Microsoft Graph's
    // onPremisesSipInfo: sipPrimaryAddress "serves as a unique identifier for each user on the
    // on-premises Skype for Business"; and SIP addresses compare without case.
    [Fact]
    public void Skype_for_Business_has_one_account_per_SIP_address()
    {
        var twice = Coexistence(users: u =>
        {
            u.User("sip:Pat.Benatar@contoso.com").HomedOn(RedmondFe2015).Xmpp();
            u.User("sip:pat.benatar@contoso.com").HomedOn(RedmondFe2019);
        });
        var once = Coexistence(users: u => u.User("sip:Pat.Benatar@contoso.com").HomedOn(RedmondFe2015).Xmpp());

        Assert.Equal("sip:pat.benatar@contoso.com", twice.SingleFinding(RuleIds.Topo006).Element);
        Assert.Contains("one account per SIP address", twice.SingleFinding(RuleIds.Topo006).Message, StringComparison.Ordinal);
        once.AssertNoFinding(RuleIds.Topo006);
    }

    // rules.md: "A user's XMPP status comes from the user itself or from the external access policy
    // that applies to it (user, site or global scope, EnableXmppAccess); both must be modelled."
    [Fact]
    public void A_users_XMPP_status_comes_from_the_user_itself_or_from_the_external_access_policy_that_applies_to_it()
    {
        const string Dave = "sip:dave@contoso.com", Erin = "sip:erin@contoso.com", Frank = "sip:frank@contoso.com", Grace = "sip:grace@contoso.com";
        var topology = Coexistence(
            policies: t => t
                .GlobalExternalAccessPolicy(enableXmppAccess: true)
                .SiteExternalAccessPolicy(Dublin, enableXmppAccess: false)
                .UserExternalAccessPolicy("XmppUsers", enableXmppAccess: true),
            users: u =>
            {
                u.User(Carol).HomedOn(RedmondFe2019);                                   // global: XMPP
                u.User(Dave).HomedOn(DublinFe2019);                                     // site: none
                u.User(Erin).HomedOn(DublinFe2019).ExternalAccessPolicy("XmppUsers");   // user policy: XMPP
                u.User(Frank).HomedOn(DublinFe2019).Xmpp();                             // user: XMPP
                u.User(Grace).HomedOn(RedmondFe2019).Xmpp(false);                       // user: none
            });

        Assert.Equal([Carol, Erin, Frank], topology.FindingsOf(RuleIds.Xmpp001).Select(f => f.Element));
        Assert.Equal(XmppAccess.FromPolicy, topology.Users.Single(u => u.SipAddress == Carol).Xmpp);
        Assert.Equal(XmppAccess.Enabled, topology.Users.Single(u => u.SipAddress == Frank).Xmpp);
        Assert.Equal(XmppAccess.Disabled, topology.Users.Single(u => u.SipAddress == Grace).Xmpp);
    }

    // rules.md: "Each rule exists once, as code, and is reported ... with the same ID"; the
    // default severities are the catalogue's.
    [Fact]
    public void Each_rule_exists_once_with_the_ID_and_default_severity_of_the_catalogue()
    {
        var expected = new (string Id, FindingSeverity Severity)[]
        {
            (RuleIds.Xmpp001, FindingSeverity.Error), (RuleIds.Xmpp002, FindingSeverity.Error), (RuleIds.Xmpp003, FindingSeverity.Error),
            (RuleIds.Xmpp004, FindingSeverity.Error), (RuleIds.Xmpp005, FindingSeverity.Error), (RuleIds.Xmpp006, FindingSeverity.Error),
            (RuleIds.Xmpp007, FindingSeverity.Error), (RuleIds.Xmpp008, FindingSeverity.Error), (RuleIds.Topo001, FindingSeverity.Error),
            (RuleIds.Topo002, FindingSeverity.Error), (RuleIds.Topo003, FindingSeverity.Warning), (RuleIds.Topo004, FindingSeverity.Error),
            (RuleIds.Topo005, FindingSeverity.Info), (RuleIds.Topo006, FindingSeverity.Error),
        };

        Assert.Equal(expected, RuleCatalog.All.Select(r => (r.Id, r.Severity)));
    }

    // rules.md: "Messages name the elements involved (user SIP address, pool FQDN, version)."
    [Fact]
    public void Messages_name_the_elements_involved()
    {
        // One plan that breaks every runtime rule at once.
        var topology = Coexistence(
            partners: t => t.XmppPartner(Partner, p => p.ConfiguredOn(RedmondFe2019).TlsNegotiation(Negotiation.NotSupported)),
            users: u =>
            {
                u.User(Carol).HomedOn(RedmondFe2019).Xmpp();                                 // XMPP001
                u.User("sip:dave@contoso.com").HomedOn(TukwilaSba).Xmpp();                  // XMPP007
                u.User("sip:erin@contoso.com").HomedOn("fe15-redd.contoso.com");            // TOPO001
                u.User("sip:frank@contoso.com").HomedOn(DublinFe2013);                      // TOPO003
                u.User("sip:Frank@contoso.com").HomedOn(DublinFe2013);                      // TOPO003, TOPO006
            },
            redmondEdge2015: edge => edge.MarkForRemoval().Federation(),                    // XMPP002, 005, 006, TOPO004
            redmondEdge2019: edge => edge.XmppProxy(),                                      // XMPP004
            dublinFe2013: fe => fe.MarkForRemoval(),
            dublin: site => site.FrontEndPool(RedmondFe2015, ProductVersion.SkypeForBusiness2019)); // TOPO002

        var findings = topology.Validate();

        Assert.Equal(
            RuleCatalog.All.Select(r => r.Id).Where(id => id != RuleIds.Topo005),
            findings.Select(f => f.RuleId).Distinct());
        Assert.All(findings, f => Assert.Contains($"'{f.Element}'", f.Message, StringComparison.Ordinal));
        Assert.Contains("Skype for Business Server 2019", topology.SingleFinding(RuleIds.Xmpp001).Message, StringComparison.Ordinal);
    }

    // rules.md: "Rules that the analyzer cannot decide must never guess." A model with values not
    // known (as the analyzer builds it) is judged only where the known values decide.
    [Fact]
    public void Rules_that_cannot_decide_must_never_guess()
    {
        var unknownVersion = new Pool("fe-x.contoso.com", PoolRole.FrontEndPool, Version: null, "Redmond");
        var pool2019 = new Pool("fe19.contoso.com", PoolRole.FrontEndPool, ProductVersion.SkypeForBusiness2019, "Redmond");
        var unnamedPool = new Pool(Fqdn: null, PoolRole.FrontEndPool, ProductVersion.SkypeForBusiness2015, "Redmond");
        var topology = new Topology(
            "contoso.com",
            [new Site("Redmond", SiteKind.Central)],
            [unknownVersion, pool2019, unnamedPool],
            [],
            [],
            [
                new User("sip:carol@contoso.com") { Home = new Reference("fe-x.contoso.com"), Xmpp = XmppAccess.Enabled },
                new User("sip:dave@contoso.com") { Home = new Reference("fe19.contoso.com"), Xmpp = XmppAccess.NotKnown },
                new User("sip:erin@contoso.com") { Home = new Reference("fe-typo.contoso.com") },
            ]);

        // Carol's pool has no known version, Dave's XMPP is not known, and with one pool's FQDN not
        // known Erin's home may be that pool: nothing is reported, not even XMPP005.
        Assert.Empty(topology.Validate());
    }
}
