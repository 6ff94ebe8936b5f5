namespace XmppTopology;

/// <summary>The settings of an XMPP federated partner; unset ones keep the cmdlet's defaults.</summary>
public sealed class XmppPartnerBuilder
{
    internal XmppPartnerBuilder(string domain) => Partner = new XmppPartner(domain);

    internal XmppPartner Partner { get; private set; }

    /// <summary>PartnerType: Federated, PublicVerified or PublicUnverified (default).</summary>
    public XmppPartnerBuilder Type(XmppPartnerType type)
    {
        Partner = Partner with { Type = Guard.Defined(type, nameof(type)) };
        return this;
    }

    /// <summary>TlsNegotiation: Required (default), Optional or NotSupported.</summary>
    public XmppPartnerBuilder TlsNegotiation(Negotiation negotiation)
    {
        Partner = Partner with { TlsNegotiation = Guard.Defined(negotiation, nameof(negotiation)) };
        return this;
    }

    /// <summary>SaslNegotiation: Required (default), Optional or NotSupported.</summary>
    public XmppPartnerBuilder SaslNegotiation(Negotiation negotiation)
    {
        Partner = Partner with { SaslNegotiation = Guard.Defined(negotiation, nameof(negotiation)) };
        return this;
    }

    /// <summary>SupportDialbackNegotiation (default true).</summary>
    public XmppPartnerBuilder SupportDialbackNegotiation(bool supported)
    {
        Partner = Partner with { SupportDialbackNegotiation = supported };
        return this;
    }

    /// <summary>The pool whose deployment holds the partner's configuration.</summary>
    public XmppPartnerBuilder ConfiguredOn(PoolRef pool)
    {
        Partner = Partner with { ConfiguredOn = new Reference(Guard.NotNull(pool, nameof(pool)).Fqdn) };
        return this;
    }
}
