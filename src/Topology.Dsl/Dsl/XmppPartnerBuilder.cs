namespace XmppTopology;

/// <summary>The settings of an XMPP federated partner; unset ones keep the cmdlet's defaults.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed class XmppPartnerBuilder
{
    internal XmppPartnerBuilder(XmppPartner partner) => Partner = partner;

    internal XmppPartner Partner { get; private set; }

    /// <summary>PartnerType: Federated, PublicVerified or PublicUnverified (default).</summary>
    public XmppPartnerBuilder Type(XmppPartnerType type)
    {
        Partner = DslMethods.PartnerType.Apply(Partner, Guard.Defined(type, nameof(type)));
        return this;
    }

    /// <summary>TlsNegotiation: Required (default), Optional or NotSupported.</summary>
    public XmppPartnerBuilder TlsNegotiation(Negotiation negotiation)
    {
        Partner = DslMethods.TlsNegotiation.Apply(Partner, Guard.Defined(negotiation, nameof(negotiation)));
        return this;
    }

    /// <summary>SaslNegotiation: Required (default), Optional or NotSupported.</summary>
    public XmppPartnerBuilder SaslNegotiation(Negotiation negotiation)
    {
        Partner = DslMethods.SaslNegotiation.Apply(Partner, Guard.Defined(negotiation, nameof(negotiation)));
        return this;
    }

    /// <summary>SupportDialbackNegotiation (default true).</summary>
    public XmppPartnerBuilder SupportDialbackNegotiation(bool supported)
    {
        Partner = DslMethods.SupportDialbackNegotiation.Apply(Partner, supported);
        return this;
    }

    /// <summary>The pool whose deployment holds the partner's configuration.</summary>
    public XmppPartnerBuilder ConfiguredOn(PoolRef pool)
    {
        Partner = DslMethods.ConfiguredOn.Apply(Partner, Guard.NotNull(pool, nameof(pool)).Fqdn);
        return this;
    }
}
