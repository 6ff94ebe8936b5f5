namespace XmppTopology;

/// <summary>
/// An XMPP federated partner (<c>New-CsXmppAllowedPartner</c>). Settings default as the cmdlet's
/// do; a null value means "not known at compile time".
/// </summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed record XmppPartner(string? Domain, Origin? Origin = null)
{
    /// <summary>PartnerType; the cmdlet's default is PublicUnverified.</summary>
    public XmppPartnerType? Type { get; init; } = XmppPartnerType.PublicUnverified;

    /// <summary>TlsNegotiation; default Required.</summary>
    public Negotiation? TlsNegotiation { get; init; } = Negotiation.Required;

    /// <summary>Where TlsNegotiation was set.</summary>
    public Origin? TlsNegotiationOrigin { get; init; }

    /// <summary>SaslNegotiation; default Required.</summary>
    public Negotiation? SaslNegotiation { get; init; } = Negotiation.Required;

    /// <summary>Where SaslNegotiation was set.</summary>
    public Origin? SaslNegotiationOrigin { get; init; }

    /// <summary>SupportDialbackNegotiation; default true.</summary>
    public bool? SupportDialbackNegotiation { get; init; } = true;

    /// <summary>The pool whose deployment the partner is configured in.</summary>
    public Reference? ConfiguredOn { get; init; }

    /// <inheritdoc />
    public override string ToString() => Domain ?? "(partner not known at compile time)";
}
