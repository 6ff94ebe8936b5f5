using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ApprovalTests;
using ApprovalTests.Reporters;

namespace XmppTopology.Cli.Tests.Runbook;

/// <summary>
/// Contoso's runbook and rollback run under real PowerShell, the Skype for Business cmdlets
/// replaced by stubs that record each call: the calls are the plan's, in the safe order, with
/// -WhatIf unless --apply; the apply run changes the deployment to the plan and the rollback
/// changes it back.
/// </summary>
[Collection(ContosoRunbookTests.Name)]
[UseReporter(typeof(QuietReporter))]
public class RunbookScriptTests(ContosoRunbook contoso)
{
    [Fact]
    public void The_command_writes_both_scripts_and_prints_the_folder()
    {
        Assert.True(contoso.DryRun.ExitCode == 0, contoso.DryRun.Error);
        Assert.Equal(contoso.DryRunFolder + System.Environment.NewLine, contoso.DryRun.Output);
        Assert.True(File.Exists(Path.Combine(contoso.DryRunFolder, "runbook.ps1")));
        Assert.True(File.Exists(Path.Combine(contoso.DryRunFolder, "rollback.ps1")));
        Assert.True(contoso.Apply.ExitCode == 0, contoso.Apply.Error);
        // Windows PowerShell 5.1 needs the byte-order mark to read UTF-8.
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(Path.Combine(contoso.DryRunFolder, "runbook.ps1")).Take(3));
    }

    [Fact]
    public void Contoso_runbook_is_as_approved() => Approvals.Verify(File.ReadAllText(Path.Combine(contoso.DryRunFolder, "runbook.ps1")));

    [Fact]
    public void The_scripts_parse_without_errors_and_without_syntax_that_only_PowerShell_7_knows()
    {
        var scripts = new[] { "dry", "apply" }.SelectMany(mode => new[] { "runbook.ps1", "rollback.ps1" }.Select(name => Path.Combine(mode == "dry" ? contoso.DryRunFolder : contoso.ApplyFolder, name))).ToArray();

        var (exitCode, output) = Pwsh.File(Pwsh.Fixture("ParseCheck.ps1"), scripts);

        Assert.True(exitCode == 0, output);
        var results = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(4, results.Count);
        foreach (var result in results)
        {
            Assert.Empty(result.GetProperty("errors").EnumerateArray());
            Assert.Empty(result.GetProperty("sevenOnly").EnumerateArray());
        }

        Assert.Contains("Move-CsUser", results[0].GetProperty("commands").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void The_dry_run_calls_the_plan_in_the_safe_order_each_changing_cmdlet_with_WhatIf_and_changes_nothing()
    {
        var (record, output) = Pwsh.WithStubs(Path.Combine(contoso.DryRunFolder, "runbook.ps1"), contoso.InitialState);

        Assert.Equal("completed", record.GetProperty("outcome").GetString());
        var changing = RecordedCall.From(record).Where(c => c.Changes).ToList();
        Assert.All(changing, call => Assert.True(call.WhatIf, call.CommandLine));
        Assert.Equal(Expected(contoso.Plan, whatIf: true, existingPartners: ["im.litware.com"]), changing.Select(c => c.CommandLine));
        Assert.Equal(contoso.InitialState.GetType().GetProperty("homes")!.GetValue(contoso.InitialState), Homes(record));
        // Nobody moved, so the emptied pool is not empty yet: a warning, and its steps are still shown.
        Assert.Contains("fe13-dub.contoso.com still homes 17 user(s) (the dry run moved nobody)", output);
        Assert.Contains("What if: Performing the operation \"Move to fe19-red.contoso.com\"", output);
    }

    [Fact]
    public void The_calls_are_grants_then_moves_grouped_by_target_then_partners_and_move_every_planned_user()
    {
        var (record, _) = Pwsh.WithStubs(Path.Combine(contoso.DryRunFolder, "runbook.ps1"), contoso.InitialState);
        var changing = RecordedCall.From(record).Where(c => c.Changes).ToList();

        var order = changing.Select(c => c.Cmdlet switch
        {
            "Grant-CsExternalAccessPolicy" => 0,
            "Move-CsUser" => 1,
            _ => 2,
        }).ToList();
        Assert.Equal(order.Order(), order);
        var targets = changing.Where(c => c.Cmdlet == "Move-CsUser").Select(c => c.Parameters.Single(p => p.Name == "Target").Value.GetString()!).ToList();
        Assert.Equal(targets.Distinct().Count(), targets.Select((t, i) => i == 0 || targets[i - 1] != t).Count(starts => starts));
        var moved = changing.Where(c => c.Cmdlet == "Move-CsUser").Select(c => c.Parameters.Single(p => p.Name == "Identity").Value.GetString()).Order();
        var planned = contoso.Topology.Users.Where(u => u.PlannedMove is not null && u.PlannedMove.Name != u.Home!.Name).Select(u => u.SipAddress).Order();
        Assert.Equal(planned, moved);
        Assert.Equal(31, targets.Count);
    }

    [Fact]
    public void Applied_the_runbook_homes_every_user_where_the_plan_says_and_the_rollback_brings_them_back()
    {
        var (applied, appliedOutput) = Pwsh.WithStubs(Path.Combine(contoso.ApplyFolder, "runbook.ps1"), contoso.InitialState);

        Assert.Equal("completed", applied.GetProperty("outcome").GetString());
        Assert.All(RecordedCall.From(applied).Where(c => c.Changes), call => Assert.False(call.WhatIf, call.CommandLine));
        Assert.Equal(Expected(contoso.Plan, whatIf: false, existingPartners: ["im.litware.com"]), RecordedCall.From(applied).Where(c => c.Changes).Select(c => c.CommandLine));
        Assert.Equal(contoso.PlannedHomes, Homes(applied));
        Assert.Equal(["im.litware.com", "jabber.fabrikam.com"], applied.GetProperty("partners").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("Decommission fe13-dub.contoso.com (Lync Server 2013 Front End pool, site Dublin), marked for removal:", appliedOutput);

        var (rolledBack, _) = Pwsh.WithStubs(Path.Combine(contoso.ApplyFolder, "rollback.ps1"), new { homes = Homes(applied), partners = System.Array.Empty<string>() });

        Assert.Equal("completed", rolledBack.GetProperty("outcome").GetString());
        Assert.Equal(contoso.Plan.Rollback.Select(m => m.Move.ToPowerShell()), RecordedCall.From(rolledBack).Where(c => c.Changes).Select(c => c.CommandLine));
        Assert.Equal(contoso.Topology.Users.ToDictionary(u => u.SipAddress!, u => u.Home!.Name!), Homes(rolledBack));
    }

    [Fact]
    public void Run_again_after_it_was_applied_the_runbook_moves_nobody_and_updates_the_partners()
    {
        var (record, output) = Pwsh.WithStubs(Path.Combine(contoso.ApplyFolder, "runbook.ps1"), new { homes = contoso.PlannedHomes, partners = new[] { "im.litware.com", "jabber.fabrikam.com" } });

        Assert.Equal("completed", record.GetProperty("outcome").GetString());
        var changing = RecordedCall.From(record).Where(c => c.Changes).ToList();
        Assert.DoesNotContain(changing, c => c.Cmdlet == "Move-CsUser");
        Assert.Equal(["Set-CsXmppAllowedPartner", "Set-CsXmppAllowedPartner"], changing.Where(c => c.Cmdlet.EndsWith("XmppAllowedPartner", System.StringComparison.Ordinal)).Select(c => c.Cmdlet));
        Assert.Contains("sip:enrico.cattaneo@contoso.com is already homed on fe19-red.contoso.com", output);
    }

    [Fact]
    public void Applied_the_runbook_stops_before_the_decommissioning_of_a_pool_that_still_homes_someone()
    {
        var homes = contoso.Topology.Users.ToDictionary(u => u.SipAddress!, u => u.Home!.Name!);
        homes["sip:not.in.the.plan@contoso.com"] = "fe13-dub.contoso.com";

        var (record, output) = Pwsh.WithStubs(Path.Combine(contoso.ApplyFolder, "runbook.ps1"), new { homes, partners = System.Array.Empty<string>() });

        Assert.Equal("fe13-dub.contoso.com still homes 1 user(s): decommission it only once it is empty.", record.GetProperty("outcome").GetString());
        Assert.DoesNotContain("Decommission fe13-dub.contoso.com (Lync Server 2013 Front End pool, site Dublin), marked for removal:", output);
        Assert.DoesNotContain("Decommission dir15-red.contoso.com", output);
    }

    [Fact]
    public void Outside_the_Management_Shell_the_runbook_stops_before_its_first_call()
    {
        var (record, _) = Pwsh.WithStubs(Path.Combine(contoso.ApplyFolder, "runbook.ps1"), contoso.InitialState, noStubs: true);

        Assert.Equal("Grant-CsExternalAccessPolicy is not available here: run this script in the Skype for Business Server Management Shell.", record.GetProperty("outcome").GetString());
        Assert.Empty(record.GetProperty("calls").EnumerateArray());
    }

    // The runbook's changing calls as the model writes them: a partner that exists is updated, one that does not is created.
    private static IEnumerable<string> Expected(MigrationRunbook plan, bool whatIf, IReadOnlyCollection<string> existingPartners) =>
        plan.Grants.Select(g => g.Grant.ToPowerShell(whatIf))
            .Concat(plan.Moves.Select(m => m.Move.ToPowerShell(whatIf)))
            .Concat(plan.XmppPartners.Select(p => (existingPartners.Contains(p.Domain) ? p.Update : p.Create).ToPowerShell(whatIf)));

    private static Dictionary<string, string> Homes(JsonElement record) =>
        record.GetProperty("homes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
}
