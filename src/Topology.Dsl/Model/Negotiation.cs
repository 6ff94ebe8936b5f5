namespace XmppTopology;

/// <summary>The <c>TlsNegotiation</c> and <c>SaslNegotiation</c> values of <c>New-CsXmppAllowedPartner</c>.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
enum Negotiation
{
    /// <summary>The negotiation must take place (the cmdlet's default).</summary>
    Required,

    /// <summary>The negotiation may take place.</summary>
    Optional,

    /// <summary>The negotiation is not offered.</summary>
    NotSupported,
}
