namespace XmppTopology.Cli.Import;

/// <summary>
/// A row of <c>Get-CsUser | Select-Object SipAddress,RegistrarPool,ExternalAccessPolicy,Enabled</c>:
/// the user's SIP address, the FQDN of the pool it is homed on, its user-scope external access
/// policy (none when the site or global policy applies) and the line it was read from.
/// </summary>
internal sealed record ImportedUser(string SipAddress, string RegistrarPool, string? ExternalAccessPolicy, int Line);
