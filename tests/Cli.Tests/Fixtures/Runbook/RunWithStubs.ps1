# Runs a generated script the way an administrator would, with the cmdlet stubs in place of the
# Skype for Business Server module (none with -NoStubs), and saves what it called.
param([string] $Script, [string] $State, [string] $Record, [switch] $NoStubs)

. (Join-Path $PSScriptRoot 'CmdletStubs.ps1')
if (-not $NoStubs) {
    Import-StubState $State
} else {
    foreach ($name in 'Get-CsUser', 'Move-CsUser', 'Grant-CsExternalAccessPolicy', 'Get-CsXmppAllowedPartner', 'New-CsXmppAllowedPartner', 'Set-CsXmppAllowedPartner') {
        Remove-Item -LiteralPath "Function:\$name"
    }
}

$outcome = 'completed'
try {
    & $Script
} catch {
    $outcome = $_.Exception.Message
}
Save-StubRecord $Record $outcome
