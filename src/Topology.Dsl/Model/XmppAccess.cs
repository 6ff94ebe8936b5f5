namespace XmppTopology;

/// <summary>How a user's XMPP federation is decided.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
enum XmppAccess
{
    /// <summary>By the external access policy that applies to the user (user, site, then global scope).</summary>
    FromPolicy,

    /// <summary>Enabled for this user.</summary>
    Enabled,

    /// <summary>Disabled for this user.</summary>
    Disabled,

    /// <summary>Stated with a value that is not known at compile time.</summary>
    NotKnown,
}
