extern alias Dsl;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dsl::XmppTopology;

namespace XmppTopology.Cli.Runbook;

/// <summary>
/// runbook.ps1: the plan's steps as Skype for Business Server Management Shell commands, in the
/// runbook's order, with a header that says what the script will and will not do.
/// </summary>
internal static class RunbookScript
{
    public static string Write(MigrationRunbook runbook, RunbookSource source, IReadOnlyList<Pool> pools)
    {
        var whatIf = !source.Apply;
        var script = ScriptHeader.Write(new PowerShellScript(), "Runbook", runbook, source).Comment();
        Summary(script, runbook);
        script.Comment()
            .Comment("What this script does not do:")
            .Comment("  - change the topology: sites, pools, federation routes and Edge settings are Topology Builder's")
            .Comment("    (compare the code with the deployment with xmpp-topology diff); the decommissioning at the end")
            .Comment("    is a list of manual steps, shown for each pool only once nobody is homed on it;")
            .Comment("  - create or change external access policies: it grants those the plan names, which must exist;")
            .Comment("  - remove XMPP partners the plan does not name, or change the XMPP gateway settings or DNS records;")
            .Comment("  - touch users the plan does not move, apart from granting the policies the plan gives them.")
            .Comment()
            .Comment("Run it in the Skype for Business Server Management Shell: moves to a Skype for Business Server 2019")
            .Comment("pool are made with the 2019 Management Shell; XMPP partners live in the legacy deployment (XMPP is")
            .Comment("not available in 2019). It stops at the first error; after fixing the cause, run it again: users")
            .Comment("already on their target pool are skipped and partners that exist are updated. rollback.ps1 beside")
            .Comment("it moves every moved user back to the pool the plan found it on.")
            .Blank()
            .Code("$ErrorActionPreference = 'Stop'")
            .Code("$DryRun = " + (whatIf ? "$true" : "$false"))
            .Blank()
            .RequireCmdlets(Cmdlets(runbook))
            .MoveHelper()
            .Comment("A pool is decommissioned only once nobody is homed on it.")
            .Code("function Confirm-RunbookPoolEmpty([string] $Pool, [int] $Homed) {")
            .Code("    if ($Homed -eq 0) { return }")
            .Code("    if ($DryRun) {")
            .Code("        Write-Warning \"$Pool still homes $Homed user(s) (the dry run moved nobody): its steps wait until it is empty.\"")
            .Code("    } else {")
            .Code("        throw \"$Pool still homes $Homed user(s): decommission it only once it is empty.\"")
            .Code("    }")
            .Code("}")
            .Blank();

        var number = 0;
        var total = runbook.Steps.Count;
        string Step(int count)
        {
            var first = number + 1;
            number += count;
            return count == 1 ? $"step {first} of {total}" : $"steps {first}-{number} of {total}";
        }

        if (runbook.Grants.Count > 0)
        {
            script.Comment($"--- Policy grants ({Step(runbook.Grants.Count)}): before anyone moves, so each user keeps the access the plan gives it ---")
                .Say($"Granting {runbook.Grants.Count} external access policy assignment(s)");
            foreach (var grant in runbook.Grants)
            {
                script.Code(grant.Grant.ToPowerShell(whatIf));
            }

            script.Blank();
        }

        foreach (var group in runbook.Moves.GroupBy(m => m.Target, StringComparer.OrdinalIgnoreCase))
        {
            var moves = group.ToList();
            script.Comment($"--- Moves to {Describe(pools, group.Key)}: {moves.Count} user(s) ({Step(moves.Count)}) ---")
                .Say($"Moving {moves.Count} user(s) to {group.Key}");
            foreach (var move in moves)
            {
                script.Code($"if (Test-RunbookMoveNeeded {CmdletCall.Quote(move.SipAddress)} {CmdletCall.Quote(move.Target)}) {{ {move.Move.ToPowerShell(whatIf)} }}");
            }

            script.Blank();
        }

        if (runbook.XmppPartners.Count > 0)
        {
            script.Comment($"--- XMPP partners, in the legacy deployment ({Step(runbook.XmppPartners.Count)}) ---");
            foreach (var partner in runbook.XmppPartners)
            {
                script.Say(partner.Summary)
                    .Code($"if ({partner.Existing.ToPowerShell()}) {{")
                    .Code("    " + partner.Update.ToPowerShell(whatIf))
                    .Code("} else {")
                    .Code("    " + partner.Create.ToPowerShell(whatIf))
                    .Code("}");
            }

            script.Blank();
        }

        foreach (var decommission in runbook.Decommissions)
        {
            script.Comment($"--- {decommission.Summary} ({Step(1)}): manual, once the pool is empty ---");
            if (decommission.EmptinessCheck is { } check)
            {
                script.Code($"$homed = @({check.ToPowerShell()})")
                    .Code($"Confirm-RunbookPoolEmpty {CmdletCall.Quote(decommission.Pool)} $homed.Count");
            }

            script.Say(decommission.Summary + ":");
            for (var index = 0; index < decommission.Instructions.Count; index++)
            {
                script.Say($"  {index + 1}. {decommission.Instructions[index]}");
            }

            script.Blank();
        }

        return script.Say(whatIf ? "Runbook done (dry run: nothing changed)." : "Runbook done.").ToString();
    }

    private static void Summary(PowerShellScript script, MigrationRunbook runbook)
    {
        script.Comment($"Steps: {runbook.Grants.Count} policy grant(s), {runbook.Moves.Count} move(s), {runbook.XmppPartners.Count} XMPP partner(s), {runbook.Decommissions.Count} pool(s) to decommission by hand.");
        var targets = runbook.Moves.GroupBy(m => m.Target, StringComparer.OrdinalIgnoreCase).ToList();
        if (targets.Count > 0)
        {
            script.Comment("Users moved per target pool:");
            var width = targets.Max(t => t.Key.Length);
            foreach (var target in targets)
            {
                script.Comment($"  {target.Key.PadRight(width)}  {target.Count().ToString(CultureInfo.InvariantCulture),5}");
            }
        }
    }

    private static IEnumerable<string> Cmdlets(MigrationRunbook runbook) =>
        runbook.Grants.Select(g => g.Grant.Cmdlet)
            .Concat(runbook.Moves.SelectMany(m => new[] { m.CurrentHome.Cmdlet, m.Move.Cmdlet }))
            .Concat(runbook.XmppPartners.SelectMany(p => new[] { p.Existing.Cmdlet, p.Create.Cmdlet, p.Update.Cmdlet }))
            .Concat(runbook.Decommissions.Select(d => d.EmptinessCheck?.Cmdlet).OfType<string>());

    private static string Describe(IReadOnlyList<Pool> pools, string fqdn) =>
        pools.FirstOrDefault(p => string.Equals(p.Fqdn, fqdn, StringComparison.OrdinalIgnoreCase)) is { Version: { } version } pool
            ? $"{fqdn} ({version.DisplayName()} {pool.Role.DisplayName()}{(pool.Site is null ? "" : ", site " + pool.Site)})"
            : fqdn;
}
