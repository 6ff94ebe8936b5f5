namespace XmppTopology;

/// <summary>
/// An external access policy (<c>New-CsExternalAccessPolicy</c>) and its <c>EnableXmppAccess</c>.
/// </summary>
/// <param name="Scope">Global, site or user scope.</param>
/// <param name="Name">The policy's name: the site's name for a site policy, null for the global one.</param>
/// <param name="EnableXmppAccess">Null only when not known at compile time.</param>
/// <param name="Origin">Where the policy was declared.</param>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed record ExternalAccessPolicy(PolicyScope Scope, string? Name, bool? EnableXmppAccess, Origin? Origin = null)
{
    /// <summary>The policy's identity as the cmdlets write it: Global, site:NAME or NAME.</summary>
    public string Identity => Scope switch
    {
        PolicyScope.Global => "Global",
        PolicyScope.Site => "site:" + Name,
        _ => Name ?? "(policy not known at compile time)",
    };

    /// <summary>The origin of the name: for site policies, the reference to the site.</summary>
    public Origin? NameOrigin { get; init; }

    /// <inheritdoc />
    public override string ToString() => Identity;
}
