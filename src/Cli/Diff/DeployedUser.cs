namespace XmppTopology.Cli.Diff;

/// <summary>A user as a Get-CsUser export lists it: its SIP address, its registrar pool (null when it has none) and the export's line.</summary>
internal sealed record DeployedUser(string SipAddress, string? RegistrarPool, int Line);
