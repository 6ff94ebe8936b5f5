namespace XmppTopology;

/// <summary>The <c>PartnerType</c> of <c>New-CsXmppAllowedPartner</c>.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
enum XmppPartnerType
{
    /// <summary>A trusted partner with a formal federation agreement.</summary>
    Federated,

    /// <summary>A public provider whose identity is verified.</summary>
    PublicVerified,

    /// <summary>A public provider whose identity is not verified (the cmdlet's default).</summary>
    PublicUnverified,
}
