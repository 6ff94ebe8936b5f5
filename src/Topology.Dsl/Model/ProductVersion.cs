namespace XmppTopology;

/// <summary>The server product a pool runs, as Topology Builder records it.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
enum ProductVersion
{
    /// <summary>Lync Server 2013 (legacy: XMPP gateway and proxy available).</summary>
    LyncServer2013,

    /// <summary>Skype for Business Server 2015 (legacy: XMPP gateway and proxy available).</summary>
    SkypeForBusiness2015,

    /// <summary>Skype for Business Server 2019: XMPP is no longer available.</summary>
    SkypeForBusiness2019,
}
