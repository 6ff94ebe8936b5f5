namespace XmppTopology;

/// <summary>A central or branch site. <see cref="Name"/> is null only when not known at compile time.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed record Site(string? Name, SiteKind Kind, Origin? Origin = null)
{
    /// <summary>For a branch site, the central site it belongs to.</summary>
    public string? CentralSite { get; init; }

    /// <summary>The Edge pool (or Director) that routes this site's federation traffic.</summary>
    public Reference? FederationRoute { get; init; }

    /// <summary>The Edge pool that routes this site's XMPP federation traffic.</summary>
    public Reference? XmppFederationRoute { get; init; }
}
