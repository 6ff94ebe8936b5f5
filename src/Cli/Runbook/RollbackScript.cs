extern alias Dsl;

using System;
using System.Linq;
using Dsl::XmppTopology;

namespace XmppTopology.Cli.Runbook;

/// <summary>rollback.ps1: moves every user the runbook moves back to the pool the plan found it on.</summary>
internal static class RollbackScript
{
    public static string Write(MigrationRunbook runbook, RunbookSource source)
    {
        var whatIf = !source.Apply;
        var script = ScriptHeader.Write(new PowerShellScript(), "Rollback", runbook, source)
            .Comment()
            .Comment($"Moves the {runbook.Rollback.Count} user(s) that runbook.ps1 moves back to the pool the plan found each on;")
            .Comment("users already there are skipped, so it also undoes a runbook that stopped halfway.")
            .Comment("It does not undo policy grants or XMPP partner changes, and cannot move anyone back to a pool")
            .Comment("that has been decommissioned: run it before the runbook's decommissioning steps are carried out.")
            .Blank()
            .Code("$ErrorActionPreference = 'Stop'")
            .Blank()
            .RequireCmdlets(["Get-CsUser", "Move-CsUser"])
            .MoveHelper();

        foreach (var group in runbook.Rollback.GroupBy(m => m.Target, StringComparer.OrdinalIgnoreCase))
        {
            var moves = group.ToList();
            script.Comment($"--- Back to {group.Key}: {moves.Count} user(s) ---")
                .Say($"Moving {moves.Count} user(s) back to {group.Key}");
            foreach (var move in moves)
            {
                script.Code($"if (Test-RunbookMoveNeeded {CmdletCall.Quote(move.SipAddress)} {CmdletCall.Quote(move.Target)}) {{ {move.Move.ToPowerShell(whatIf)} }}");
            }

            script.Blank();
        }

        return script.Say(whatIf ? "Rollback done (dry run: nothing changed)." : "Rollback done.").ToString();
    }
}
