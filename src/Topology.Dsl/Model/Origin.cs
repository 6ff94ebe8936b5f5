namespace XmppTopology;

/// <summary>
/// Where in the topology's source code an element or a setting was stated: the span of the DSL
/// call. The compile-time analyzer fills it in to report at that span; a topology built at run
/// time has none.
/// </summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed record Origin(string Path, int Start, int Length);
