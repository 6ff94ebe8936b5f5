namespace XmppTopology;

/// <summary>How serious a finding is by default.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
enum FindingSeverity
{
    /// <summary>Informational: something the checker could not decide.</summary>
    Info,

    /// <summary>A risk worth a look.</summary>
    Warning,

    /// <summary>The plan breaks XMPP federation or the topology's integrity.</summary>
    Error,
}
