namespace XmppTopology;

/// <summary>The kind of element a finding is about.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
enum ElementKind
{
    /// <summary>The topology as a whole.</summary>
    Topology,

    /// <summary>A central or branch site.</summary>
    Site,

    /// <summary>A pool of any role.</summary>
    Pool,

    /// <summary>A user.</summary>
    User,

    /// <summary>An XMPP federated partner.</summary>
    XmppPartner,

    /// <summary>An external access policy.</summary>
    ExternalAccessPolicy,
}
