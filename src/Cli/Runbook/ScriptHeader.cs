extern alias Dsl;

using MigrationRunbook = Dsl::XmppTopology.MigrationRunbook;

namespace XmppTopology.Cli.Runbook;

/// <summary>The opening lines both scripts share: which topology, from where, in which mode.</summary>
internal static class ScriptHeader
{
    public static PowerShellScript Write(PowerShellScript script, string title, MigrationRunbook runbook, RunbookSource source) => script
        .Comment($"{title} for topology '{runbook.Topology}', written by xmpp-topology runbook.")
        .Comment($"From {source.Project}, {source.Method}, {source.Commit}.")
        .Comment(source.Apply
            ? "Mode: apply. The changing cmdlets run for real (made with --apply)."
            : "Mode: dry run. Every changing cmdlet carries -WhatIf, so nothing changes; make the script with --apply to carry it out.");
}
