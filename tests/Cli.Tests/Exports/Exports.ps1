# Writes the cmdlet exports the import tests read, with PowerShell's own Export-Csv (PowerShell 7,
# from the repository's tool manifest). The objects carry the properties and type names of the
# Skype for Business Server cmdlets' output; Export-Csv does the rest, as on a Front End server.
param([Parameter(Mandatory)] [string] $Folder, [string] $Topology, [int] $ManyUsers = 0)
$ErrorActionPreference = 'Stop'

function New-CsObject([string] $TypeName, [System.Collections.Specialized.OrderedDictionary] $Properties) {
    $object = New-Object psobject -Property $Properties
    $object.PSObject.TypeNames.Insert(0, $TypeName)
    $object
}

function New-User([string] $Sip, [string] $Pool, [string] $Policy, [bool] $Enabled = $true, [string] $Name = '') {
    New-CsObject 'Microsoft.Rtc.Management.ADConnect.Schema.OCSADUser' ([ordered]@{
        Identity = "CN=$Name,OU=Users,DC=adatum,DC=com"; DisplayName = $Name; SipAddress = $Sip
        RegistrarPool = $Pool; ExternalAccessPolicy = $Policy; Enabled = $Enabled
        EnterpriseVoiceEnabled = $false; LineURI = ''; HostingProvider = 'SRV:'
    })
}

# Many users, as Select-Object leaves them: homed on fe13 and fe19 in turn; every tenth user of fe13
# federates with XMPP (AllowXmpp), and so does one user in a hundred of fe19, the 2019 pool: XMPP001.
if ($ManyUsers -gt 0) {
    $users = for ($i = 0; $i -lt $ManyUsers; $i++) {
        $policy = if ($i % 10 -eq 0 -or $i % 100 -eq 1) { 'AllowXmpp' } else { '' }
        [pscustomobject]@{ SipAddress = "sip:user$i@adatum.com"; RegistrarPool = $(if ($i % 2 -eq 0) { 'fe13.adatum.com' } else { 'fe19.adatum.com' }); ExternalAccessPolicy = $policy; Enabled = $true }
    }
    $users | Select-Object SipAddress, RegistrarPool, ExternalAccessPolicy, Enabled | Export-Csv (Join-Path $Folder 'users-many.csv')
    return
}

$users = @(
    New-User 'sip:pat.benatar@adatum.com' 'fe13.adatum.com' 'AllowXmpp' $true 'Benatar, Pat'
    New-User 'sip:jonas.berg@adatum.com' 'fe13.adatum.com' '' $true 'Berg, Jonas'
    New-User 'sip:mia.wong@adatum.com' 'fe19.adatum.com' '' $true 'Wong, Mia "M"'
    New-User 'sip:lena.roth@adatum.com' 'FE19.Adatum.com' 'AllowXmpp' $true 'Roth, Lena'
    New-User 'sip:old.timer@adatum.com' 'fe10.adatum.com' '' $true 'Timer, Old'
    New-User 'sip:left.company@adatum.com' 'fe13.adatum.com' '' $false 'Company, Left'
    New-User 'sip:cloud.only@adatum.com' '' '' $true 'Only, Cloud'
)
# Select-Object names its output after the input's type: Selected.<type> on a real Get-CsUser
# object. A custom object's base type is PSCustomObject, so the name is set as the cmdlet's would be.
$selected = $users | Select-Object SipAddress, RegistrarPool, ExternalAccessPolicy, Enabled
$selected | ForEach-Object { $_.PSObject.TypeNames.Insert(0, 'Selected.Microsoft.Rtc.Management.ADConnect.Schema.OCSADUser') }

# Windows PowerShell 5.1 writes the #TYPE line unless -NoTypeInformation; PowerShell 7 only with
# -IncludeTypeInformation. UTF-16LE with a byte order mark is what -Encoding Unicode (and 5.1's
# Out-File) writes; UTF-8 with and without a mark; every field quoted, or only where needed.
$selected | Export-Csv (Join-Path $Folder 'users-type-utf16.csv') -IncludeTypeInformation -Encoding Unicode
$selected | Export-Csv (Join-Path $Folder 'users-type-utf8bom.csv') -IncludeTypeInformation -Encoding utf8BOM
$selected | Export-Csv (Join-Path $Folder 'users-utf8.csv')
$users | Export-Csv (Join-Path $Folder 'users-all-columns-as-needed.csv') -UseQuotes AsNeeded

# Contoso.tbxml's users, for the diff: three on its Front End pool (one address in capitals, as
# SIP addresses compare without case), one not enabled, one with no RegistrarPool. Written as
# Windows PowerShell 5.1 writes by default (#TYPE line; UTF-16LE as with -Encoding Unicode), as
# PowerShell 7 writes, and with the two columns the diff needs alone.
$contoso = @(
    New-User 'sip:alice@contoso.com' 'frontendpool.contoso.com' '' $true 'Alice'
    New-User 'sip:BOB@contoso.com' 'frontendpool.contoso.com' '' $true 'Bob'
    New-User 'sip:dave@contoso.com' 'frontendpool.contoso.com' '' $true 'Dave'
    New-User 'sip:erin@contoso.com' 'frontendpool.contoso.com' '' $false 'Erin'
    New-User 'sip:frank@contoso.com' '' '' $true 'Frank'
)
$contosoSelected = $contoso | Select-Object SipAddress, RegistrarPool, ExternalAccessPolicy, Enabled
$contosoSelected | ForEach-Object { $_.PSObject.TypeNames.Insert(0, 'Selected.Microsoft.Rtc.Management.ADConnect.Schema.OCSADUser') }
$contosoSelected | Export-Csv (Join-Path $Folder 'contoso-users-type-utf16.csv') -IncludeTypeInformation -Encoding Unicode
$contosoSelected | Export-Csv (Join-Path $Folder 'contoso-users-utf8.csv')
$contoso | Select-Object SipAddress, RegistrarPool | Export-Csv (Join-Path $Folder 'contoso-homes.csv')

$policies = @(
    New-CsObject 'Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy' ([ordered]@{
        Identity = 'Global'; Description = ''; EnableFederationAccess = $true; EnableXmppAccess = $false
        EnablePublicCloudAccess = $false; EnablePublicCloudAudioVideoAccess = $false; EnableOutsideAccess = $true })
    New-CsObject 'Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy' ([ordered]@{
        Identity = 'Site:Berlin'; Description = 'Berlin, no "public" IM'; EnableFederationAccess = $true; EnableXmppAccess = $false
        EnablePublicCloudAccess = $false; EnablePublicCloudAudioVideoAccess = $false; EnableOutsideAccess = $true })
    New-CsObject 'Microsoft.Rtc.Management.WritableConfig.Policy.ExternalAccess.ExternalAccessPolicy' ([ordered]@{
        Identity = 'Tag:AllowXmpp'; Description = 'Users who federate with XMPP partners'; EnableFederationAccess = $true; EnableXmppAccess = $true
        EnablePublicCloudAccess = $false; EnablePublicCloudAudioVideoAccess = $false; EnableOutsideAccess = $true })
)
$policies | Export-Csv (Join-Path $Folder 'policies.csv') -IncludeTypeInformation -Encoding Unicode

$partners = @(
    New-CsObject 'Microsoft.Rtc.Management.WritableConfig.Policy.Xmpp.XmppAllowedPartner' ([ordered]@{
        Identity = 'jabber.fabrikam.com'; AdditionalDomains = ''; ConnectionLimit = 10; Description = 'Fabrikam, via Jabber'
        EnableKeepAlive = $true; PartnerType = 'Federated'; ProxyFqdn = ''; SaslNegotiation = 'Required'
        SupportDialbackNegotiation = $false; TlsNegotiation = 'Required' })
    New-CsObject 'Microsoft.Rtc.Management.WritableConfig.Policy.Xmpp.XmppAllowedPartner' ([ordered]@{
        Identity = 'xmpp.contoso.com'; AdditionalDomains = 'chat.contoso.com'; ConnectionLimit = 10; Description = ''
        EnableKeepAlive = $true; PartnerType = 'PublicVerified'; ProxyFqdn = 'proxy.contoso.com'; SaslNegotiation = 'Optional'
        SupportDialbackNegotiation = $true; TlsNegotiation = 'Optional' })
)
$partners | Export-Csv (Join-Path $Folder 'partners.csv')

# Re-saved with Out-File as Windows PowerShell does by default: UTF-16LE with a byte order mark,
# while the XML declaration still says utf-8.
if ($Topology) {
    Get-Content $Topology | Out-File (Join-Path $Folder 'resaved.tbxml') -Encoding unicode
}
