using System.Linq;

namespace XmppTopology.Tests.Runbook;

/// <summary>Topology.Runbook(): the plan's changes in a safe order, its rollback, and its refusals.</summary>
public class RunbookTests
{
    private static readonly PoolRef Fe15 = new("fe15.contoso.com");
    private static readonly PoolRef Fe19 = new("fe19.contoso.com");
    private static readonly PoolRef Fe13 = new("fe13.contoso.com");
    private static readonly PoolRef Edge15 = new("edge15.contoso.com");
    private static readonly PoolRef Edge13 = new("edge13.contoso.com");
    private static readonly PoolRef Edge19 = new("edge19.contoso.com");
    private static readonly PoolRef Director = new("dir15.contoso.com");

    private static Topology Migration() => Topology.Define("contoso.com", t => t
        .CentralSite("Redmond", site => site
            .FrontEndPool(Fe15, ProductVersion.SkypeForBusiness2015, fe => fe.AssociatedEdge(Edge15))
            .FrontEndPool(Fe19, ProductVersion.SkypeForBusiness2019, fe => fe.AssociatedEdge(Edge19))
            .FrontEndPool(Fe13, ProductVersion.LyncServer2013, fe => fe.Machines("fe13-a.contoso.com", "fe13-b.contoso.com").AssociatedEdge(Edge13).MarkForRemoval())
            .EdgePool(Edge15, ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy())
            .EdgePool(Edge13, ProductVersion.LyncServer2013, edge => edge.MarkForRemoval())
            .EdgePool(Edge19, ProductVersion.SkypeForBusiness2019, edge => edge.Federation())
            .DirectorPool(Director, ProductVersion.SkypeForBusiness2015, dir => dir.MarkForMigrationTo2019())
            .FederationRoute(Edge19)
            .XmppFederationRoute(Edge15))
        .XmppPartner("jabber.fabrikam.com", p => p.Type(XmppPartnerType.Federated).ConfiguredOn(Fe15))
        .UserExternalAccessPolicy("XmppUsers", enableXmppAccess: true)
        .Users(users =>
        {
            users.User("sip:dan@contoso.com").HomedOn(Fe13).MoveTo(Fe19);
            users.User("sip:alice@contoso.com").HomedOn(Fe13).MoveTo(Fe15).ExternalAccessPolicy("XmppUsers");
            users.User("sip:bob@contoso.com").HomedOn(Fe15).MoveTo(Fe19);
            users.User("sip:carol@contoso.com").HomedOn(Fe15).ExternalAccessPolicy("XmppUsers");
            users.User("sip:erin@contoso.com").HomedOn(Fe15).MoveTo("FE15.contoso.com");
        }));

    [Fact]
    public void Steps_run_grants_then_moves_by_target_pool_then_partners_then_decommissions()
    {
        var runbook = Migration().Runbook();

        Assert.Equal(
            [RunbookPhase.PolicyGrants, RunbookPhase.PolicyGrants, RunbookPhase.Moves, RunbookPhase.Moves, RunbookPhase.Moves, RunbookPhase.XmppPartners, RunbookPhase.Decommissioning, RunbookPhase.Decommissioning, RunbookPhase.Decommissioning],
            runbook.Steps.Select(s => s.Phase));
        Assert.Equal(["sip:alice@contoso.com", "sip:carol@contoso.com"], runbook.Grants.Select(g => g.SipAddress));
        // fe15 is declared before fe19: its group comes first; within a group, plan order.
        Assert.Equal(
            ["sip:alice@contoso.com -> fe15.contoso.com", "sip:dan@contoso.com -> fe19.contoso.com", "sip:bob@contoso.com -> fe19.contoso.com"],
            runbook.Moves.Select(m => $"{m.SipAddress} -> {m.Target}"));
        Assert.Equal(["fe13.contoso.com", "dir15.contoso.com", "edge13.contoso.com"], runbook.Decommissions.Select(d => d.Pool));
    }

    [Fact]
    public void A_move_to_the_pool_the_user_is_on_is_no_step()
    {
        var runbook = Migration().Runbook();

        Assert.DoesNotContain(runbook.Moves, m => m.SipAddress == "sip:erin@contoso.com");
    }

    [Fact]
    public void The_rollback_moves_every_moved_user_back_to_where_the_plan_found_it()
    {
        var runbook = Migration().Runbook();

        Assert.Equal(
            ["sip:alice@contoso.com fe15.contoso.com -> fe13.contoso.com", "sip:dan@contoso.com fe19.contoso.com -> fe13.contoso.com", "sip:bob@contoso.com fe19.contoso.com -> fe15.contoso.com"],
            runbook.Rollback.Select(m => $"{m.SipAddress} {m.From} -> {m.Target}"));
    }

    [Fact]
    public void Each_step_carries_the_documented_cmdlet_and_parameters()
    {
        var runbook = Migration().Runbook();

        Assert.Equal("Grant-CsExternalAccessPolicy -Identity 'sip:alice@contoso.com' -PolicyName 'XmppUsers' -WhatIf", runbook.Grants[0].Grant.ToPowerShell(whatIf: true));
        Assert.Equal("Move-CsUser -Identity 'sip:alice@contoso.com' -Target 'fe15.contoso.com'", runbook.Moves[0].Move.ToPowerShell());
        Assert.Equal("Get-CsUser -Identity 'sip:alice@contoso.com'", runbook.Moves[0].CurrentHome.ToPowerShell(whatIf: true));
        var partner = Assert.Single(runbook.XmppPartners);
        Assert.Equal("Get-CsXmppAllowedPartner -Filter 'jabber.fabrikam.com'", partner.Existing.ToPowerShell(whatIf: true));
        Assert.Equal(
            "New-CsXmppAllowedPartner -Identity 'jabber.fabrikam.com' -PartnerType 'Federated' -TlsNegotiation 'Required' -SaslNegotiation 'Required' -SupportDialbackNegotiation $true -WhatIf",
            partner.Create.ToPowerShell(whatIf: true));
        Assert.Equal("Set-CsXmppAllowedPartner", partner.Update.Cmdlet);
        Assert.Equal(partner.Create.Parameters.Select(p => p.ToPowerShell()), partner.Update.Parameters.Select(p => p.ToPowerShell()));
        Assert.Equal("fe15.contoso.com", partner.ConfiguredOn);
    }

    [Fact]
    public void A_decommission_says_what_must_go_first_and_checks_emptiness_only_where_users_are_homed()
    {
        var runbook = Migration().Runbook();
        var fe13 = runbook.Decommissions[0];
        var director = runbook.Decommissions[1];
        var edge13 = runbook.Decommissions[2];

        Assert.Equal("Get-CsUser -Filter 'RegistrarPool -eq \"fe13.contoso.com\"'", fe13.EmptinessCheck!.ToPowerShell());
        Assert.Equal(0, fe13.UsersLeft);
        Assert.Contains(fe13.Instructions, i => i.Contains("Move-CsConferenceDirectory -TargetPool \"fe19.contoso.com\"", System.StringComparison.Ordinal));
        Assert.Contains(fe13.Instructions, i => i.StartsWith("Run the Deployment Wizard on fe13-a.contoso.com, fe13-b.contoso.com", System.StringComparison.Ordinal));
        Assert.Null(director.EmptinessCheck);
        Assert.Equal(PlannedChange.MigrationTo2019, director.Change);
        Assert.StartsWith("Migration to Skype for Business Server 2019 is side by side", director.Instructions[0], System.StringComparison.Ordinal);
        // fe13 goes too, so only the pools that stay must be re-associated first.
        Assert.DoesNotContain(edge13.Instructions, i => i.Contains("associate", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_pool_that_still_homes_users_after_the_moves_says_how_many()
    {
        var topology = Topology.Define("contoso.com", t => t
            .CentralSite("Redmond", site => site
                .FrontEndPool(Fe15, ProductVersion.SkypeForBusiness2015)
                .FrontEndPool(Fe13, ProductVersion.LyncServer2013, fe => fe.MarkForRemoval()))
            .Users(users =>
            {
                users.Users(["sip:a@contoso.com", "sip:b@contoso.com"]).HomedOn(Fe13);
                users.User("sip:c@contoso.com").HomedOn(Fe13).MoveTo(Fe15);
            }));

        var step = Assert.Single(topology.Runbook().Decommissions);

        Assert.Equal(2, step.UsersLeft);
        Assert.StartsWith("The plan leaves 2 user(s) on fe13.contoso.com (TOPO003)", step.Instructions[0], System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_with_an_error_finding_is_refused_with_its_findings()
    {
        var topology = Topology.Define("contoso.com", t => t
            .CentralSite("Redmond", site => site
                .FrontEndPool(Fe15, ProductVersion.SkypeForBusiness2015)
                .FrontEndPool(Fe19, ProductVersion.SkypeForBusiness2019)
                .EdgePool(Edge15, ProductVersion.SkypeForBusiness2015, edge => edge.XmppProxy()))
            .Users(users => users.User("sip:alice@contoso.com").HomedOn(Fe15).MoveTo(Fe19).Xmpp()));

        var refused = Assert.Throws<RunbookRefusedException>(topology.Runbook);

        Assert.Equal("XMPP001", Assert.Single(refused.Findings).RuleId);
        Assert.Contains("sip:alice@contoso.com", refused.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_move_without_a_home_is_refused_because_its_rollback_would_be_a_guess()
    {
        var topology = Topology.Define("contoso.com", t => t
            .CentralSite("Redmond", site => site.FrontEndPool(Fe15, ProductVersion.SkypeForBusiness2015))
            .Users(users => users.User("sip:alice@contoso.com").MoveTo(Fe15)));

        var refused = Assert.Throws<RunbookRefusedException>(topology.Runbook);

        Assert.Empty(refused.Findings);
        Assert.Equal("the plan moves sip:alice@contoso.com to fe15.contoso.com but does not say where it is homed today, so its rollback is not known", Assert.Single(refused.Reasons));
    }

    [Fact]
    public void A_value_not_known_is_refused_never_guessed()
    {
        var topology = new Topology(
            "contoso.com",
            [new Site("Redmond", SiteKind.Central)],
            [new Pool("fe15.contoso.com", PoolRole.FrontEndPool, ProductVersion.SkypeForBusiness2015, "Redmond")],
            [],
            [],
            [new User("sip:alice@contoso.com") { Home = new Reference("fe15.contoso.com"), PlannedMove = new Reference(null) }]);

        var refused = Assert.Throws<RunbookRefusedException>(topology.Runbook);

        Assert.Contains(refused.Reasons, r => r.Contains("sip:alice@contoso.com", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sip:o'brien@contoso.com", "'sip:o''brien@contoso.com'")]
    [InlineData("sip:o\u2019brien@contoso.com", "'sip:o\u2019\u2019brien@contoso.com'")]
    [InlineData("$(Remove-Item C:\\)`\"", "'$(Remove-Item C:\\)`\"'")]
    public void Values_are_quoted_so_that_PowerShell_expands_nothing(string value, string quoted) =>
        Assert.Equal(quoted, CmdletCall.Quote(value));
}
