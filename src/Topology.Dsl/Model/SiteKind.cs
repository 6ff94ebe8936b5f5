namespace XmppTopology;

/// <summary>Central sites hold pools; branch sites hold survivable branch appliances or servers.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
enum SiteKind
{
    /// <summary>A central site.</summary>
    Central,

    /// <summary>A branch site, attached to a central site.</summary>
    Branch,
}
