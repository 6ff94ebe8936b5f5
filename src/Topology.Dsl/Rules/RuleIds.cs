namespace XmppTopology.Rules;

/// <summary>
/// The rules' IDs, each written once: the catalogue, the analyzer's descriptors, the code fixes
/// and the tests name a rule by these. Constants, so that attributes (<c>SuppressMessage</c>) and
/// release tracking can read them.
/// </summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
static class RuleIds
{
    public const string Xmpp001 = "XMPP001";
    public const string Xmpp002 = "XMPP002";
    public const string Xmpp003 = "XMPP003";
    public const string Xmpp004 = "XMPP004";
    public const string Xmpp005 = "XMPP005";
    public const string Xmpp006 = "XMPP006";
    public const string Xmpp007 = "XMPP007";
    public const string Xmpp008 = "XMPP008";
    public const string Topo001 = "TOPO001";
    public const string Topo002 = "TOPO002";
    public const string Topo003 = "TOPO003";
    public const string Topo004 = "TOPO004";
    public const string Topo005 = "TOPO005";
    public const string Topo006 = "TOPO006";
}
