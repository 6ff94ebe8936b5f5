# Stand-ins for the Skype for Business Server cmdlets a runbook calls, for tests under real
# PowerShell. Each records its call and bound parameters, declares the parameters the cmdlet
# reference documents (names, positions, allowed values), honours -WhatIf through ShouldProcess,
# and keeps a small deployment state: where each user is homed, which XMPP partners exist.

$global:StubCalls = [System.Collections.Generic.List[object]]::new()
$global:StubHomes = @{}
$global:StubPartners = @{}
$global:StubGrants = @{}

function Import-StubState([string] $Path) {
    $state = Get-Content -LiteralPath $Path -Raw | ConvertFrom-Json
    foreach ($user in $state.homes.PSObject.Properties) { $global:StubHomes[$user.Name] = $user.Value }
    foreach ($domain in @($state.partners)) { if ($domain) { $global:StubPartners[$domain] = $true } }
}

function Save-StubRecord([string] $Path, [string] $Outcome) {
    [pscustomobject]@{
        outcome  = $Outcome
        calls    = $global:StubCalls
        homes    = $global:StubHomes
        partners = @($global:StubPartners.Keys | Sort-Object)
        grants   = $global:StubGrants
    } | ConvertTo-Json -Depth 6 | Set-Content -LiteralPath $Path -Encoding utf8
}

function Add-StubCall([string] $Cmdlet, $Bound) {
    $parameters = [ordered]@{}
    foreach ($name in $Bound.Keys) {
        $value = $Bound[$name]
        if ($value -is [System.Management.Automation.SwitchParameter]) { $value = $value.IsPresent }
        $parameters[$name] = $value
    }
    $global:StubCalls.Add([pscustomobject]@{ cmdlet = $Cmdlet; parameters = $parameters })
}

function Get-CsUser {
    [CmdletBinding()]
    param([Parameter(Position = 0)] [string] $Identity, [string] $Filter)
    Add-StubCall 'Get-CsUser' $PSBoundParameters
    if ($Identity) {
        if (-not $global:StubHomes.ContainsKey($Identity)) { throw "Management object not found for identity `"$Identity`"." }
        return [pscustomobject]@{ SipAddress = $Identity; RegistrarPool = $global:StubHomes[$Identity] }
    }
    if ($Filter -match '^RegistrarPool -eq "(?<pool>[^"]+)"$') {
        $pool = $Matches.pool
        return @($global:StubHomes.GetEnumerator() | Where-Object { $_.Value -eq $pool } | ForEach-Object { [pscustomobject]@{ SipAddress = $_.Key; RegistrarPool = $_.Value } })
    }
    throw "stub Get-CsUser: a filter it does not know: $Filter"
}

function Move-CsUser {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory, Position = 0)] [string] $Identity, [Parameter(Mandatory, Position = 1)] [string] $Target)
    Add-StubCall 'Move-CsUser' $PSBoundParameters
    if (-not $global:StubHomes.ContainsKey($Identity)) { throw "Management object not found for identity `"$Identity`"." }
    if ($PSCmdlet.ShouldProcess($Identity, "Move to $Target")) { $global:StubHomes[$Identity] = $Target }
}

function Grant-CsExternalAccessPolicy {
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory, Position = 0)] [string] $Identity, [Parameter(Position = 1)] [string] $PolicyName)
    Add-StubCall 'Grant-CsExternalAccessPolicy' $PSBoundParameters
    if ($PSCmdlet.ShouldProcess($Identity, "Grant $PolicyName")) { $global:StubGrants[$Identity] = $PolicyName }
}

function Get-CsXmppAllowedPartner {
    [CmdletBinding()]
    param([Parameter(Position = 0)] [string] $Identity, [string] $Filter)
    Add-StubCall 'Get-CsXmppAllowedPartner' $PSBoundParameters
    $pattern = if ($Filter) { $Filter } elseif ($Identity) { $Identity } else { '*' }
    return @($global:StubPartners.Keys | Where-Object { $_ -like $pattern } | ForEach-Object { [pscustomobject]@{ Identity = $_ } })
}

function New-CsXmppAllowedPartner {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, Position = 0)] [string] $Identity,
        [ValidateSet('Federated', 'PublicVerified', 'PublicUnverified')] [string] $PartnerType,
        [ValidateSet('Required', 'Optional', 'NotSupported')] [string] $TlsNegotiation,
        [ValidateSet('Required', 'Optional', 'NotSupported')] [string] $SaslNegotiation,
        [bool] $SupportDialbackNegotiation)
    Add-StubCall 'New-CsXmppAllowedPartner' $PSBoundParameters
    if ($global:StubPartners.ContainsKey($Identity)) { throw "XMPP allowed partner `"$Identity`" already exists." }
    if ($PSCmdlet.ShouldProcess($Identity, 'New XMPP allowed partner')) { $global:StubPartners[$Identity] = $true }
}

function Set-CsXmppAllowedPartner {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Position = 0)] [string] $Identity,
        [ValidateSet('Federated', 'PublicVerified', 'PublicUnverified')] [string] $PartnerType,
        [ValidateSet('Required', 'Optional', 'NotSupported')] [string] $TlsNegotiation,
        [ValidateSet('Required', 'Optional', 'NotSupported')] [string] $SaslNegotiation,
        [bool] $SupportDialbackNegotiation)
    Add-StubCall 'Set-CsXmppAllowedPartner' $PSBoundParameters
    if (-not $global:StubPartners.ContainsKey($Identity)) { throw "XMPP allowed partner `"$Identity`" does not exist." }
    $null = $PSCmdlet.ShouldProcess($Identity, 'Set XMPP allowed partner')
}
