namespace XmppTopology;

/// <summary>
/// Configures an XMPP federated partner with the plan's type and negotiation settings, in the
/// legacy deployment the plan names (XMPP is not available in Skype for Business Server 2019):
/// <see cref="Create"/> when the partner does not exist yet, else <see cref="Update"/>.
/// </summary>
public sealed class XmppPartnerStep : RunbookStep
{
    internal XmppPartnerStep(string domain, XmppPartnerType type, Negotiation tls, Negotiation sasl, bool dialback, string? configuredOn)
        : base(RunbookPhase.XmppPartners, $"Configure XMPP partner {domain} ({type}, TLS {tls}, SASL {sasl}, dialback {(dialback ? "supported" : "not supported")}){(configuredOn is null ? "" : " in the deployment of " + configuredOn)}")
    {
        Domain = domain;
        ConfiguredOn = configuredOn;
        Existing = new CmdletCall("Get-CsXmppAllowedPartner", changesDeployment: false, new CmdletParameter("Filter", domain));
        Create = new CmdletCall("New-CsXmppAllowedPartner", changesDeployment: true, Settings(domain, type, tls, sasl, dialback));
        Update = new CmdletCall("Set-CsXmppAllowedPartner", changesDeployment: true, Settings(domain, type, tls, sasl, dialback));
    }

    /// <summary>The partner's primary domain: the cmdlets' Identity.</summary>
    public string Domain { get; }

    /// <summary>The legacy pool whose deployment holds the partner, when the plan names one.</summary>
    public string? ConfiguredOn { get; }

    /// <summary><c>Get-CsXmppAllowedPartner -Filter &lt;domain&gt;</c>: returns the partner if it is configured (an FQDN has no wildcard characters).</summary>
    public CmdletCall Existing { get; }

    /// <summary><c>New-CsXmppAllowedPartner -Identity &lt;domain&gt; -PartnerType -TlsNegotiation -SaslNegotiation -SupportDialbackNegotiation</c>.</summary>
    public CmdletCall Create { get; }

    /// <summary><c>Set-CsXmppAllowedPartner</c> with the same parameters.</summary>
    public CmdletCall Update { get; }

    private static CmdletParameter[] Settings(string domain, XmppPartnerType type, Negotiation tls, Negotiation sasl, bool dialback) =>
    [
        new("Identity", domain),
        new("PartnerType", type.ToString()),
        new("TlsNegotiation", tls.ToString()),
        new("SaslNegotiation", sasl.ToString()),
        new("SupportDialbackNegotiation", dialback),
    ];
}
