extern alias Dsl;

using System.Collections.Generic;
using System.Linq;
using System.Text;
using CmdletCall = Dsl::XmppTopology.CmdletCall;

namespace XmppTopology.Cli.Runbook;

/// <summary>
/// A PowerShell script built line by line, for Windows PowerShell 5.1 (the Skype for Business
/// Server Management Shell) as much as for PowerShell 7: no syntax that only 7 knows. Text from
/// the plan goes into single-quoted strings, and into comments only with control characters
/// removed, so no value can end a comment or a string and become code.
/// </summary>
internal sealed class PowerShellScript
{
    private readonly StringBuilder _text = new();

    public PowerShellScript Comment(string text = "")
    {
        _text.Append(text.Length == 0 ? "#" : "# " + OneLine(text)).Append('\n');
        return this;
    }

    public PowerShellScript Code(string line)
    {
        _text.Append(line).Append('\n');
        return this;
    }

    public PowerShellScript Blank() => Code("");

    /// <summary>A line shown to the person running the script.</summary>
    public PowerShellScript Say(string text) => Code("Write-Host " + CmdletCall.Quote(OneLine(text)));

    /// <summary>Stops unless every cmdlet the script calls exists here, before anything changes.</summary>
    public PowerShellScript RequireCmdlets(IEnumerable<string> cmdlets) => this
        .Comment("Every cmdlet this script calls must exist in this shell before anything changes.")
        .Code($"foreach ($cmdlet in {string.Join(", ", cmdlets.Distinct().Select(CmdletCall.Quote))}) {{")
        .Code("    if (-not (Get-Command -Name $cmdlet -ErrorAction SilentlyContinue)) {")
        .Code("        throw \"$cmdlet is not available here: run this script in the Skype for Business Server Management Shell.\"")
        .Code("    }")
        .Code("}")
        .Blank();

    /// <summary>The helper that skips a user already on its target pool, so the script can run again after a failure.</summary>
    public PowerShellScript MoveHelper() => this
        .Comment("Whether a user still has to move: Get-CsUser says where it is homed now.")
        .Code("function Test-RunbookMoveNeeded([string] $Identity, [string] $Target) {")
        .Code("    $homedOn = [string](Get-CsUser -Identity $Identity).RegistrarPool")
        .Code("    if ($homedOn -eq $Target) {")
        .Code("        Write-Host \"  $Identity is already homed on $Target\"")
        .Code("        return $false")
        .Code("    }")
        .Code("    return $true")
        .Code("}")
        .Blank();

    public override string ToString() => _text.ToString();

    private static string OneLine(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
}
