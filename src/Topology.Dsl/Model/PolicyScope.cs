namespace XmppTopology;

/// <summary>Where an external access policy applies.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
enum PolicyScope
{
    /// <summary>The global policy: applies to everyone not covered by a site or user policy.</summary>
    Global,

    /// <summary>A site policy: applies to the users homed in that site.</summary>
    Site,

    /// <summary>A user (per-user) policy: applies to the users it is granted to.</summary>
    User,
}
