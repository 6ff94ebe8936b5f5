namespace XmppTopology.Cli.Import;

/// <summary>
/// A row of a Get-CsUser export, as the file states it: the SIP address, the registrar pool (null
/// when empty), the ExternalAccessPolicy and Enabled columns (null when empty or not exported) and
/// the row's line.
/// </summary>
internal sealed record ExportedUser(string SipAddress, string? RegistrarPool, string? ExternalAccessPolicy, bool? Enabled, int Line)
{
    /// <summary>Homed on an on-premises pool: enabled for Skype for Business Server (or not said) and with a RegistrarPool.</summary>
    public bool IsHomedOnPremises => Enabled != false && RegistrarPool is not null;
}
