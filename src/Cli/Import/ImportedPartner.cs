namespace XmppTopology.Cli.Import;

/// <summary>
/// An XMPP federated partner of <c>Get-CsXmppAllowedPartner | Export-Csv</c>, with the settings the
/// rules read; the values are the cmdlet's enumeration names (Federated, Required, ...).
/// </summary>
internal sealed record ImportedPartner(string Domain, string PartnerType, string TlsNegotiation, string SaslNegotiation, bool SupportDialbackNegotiation);
