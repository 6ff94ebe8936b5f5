using System.Collections.Generic;

namespace XmppTopology;

/// <summary>
/// A pool of the topology: Front End pool, Standard Edition server, Edge pool, Director or
/// survivable branch appliance/server. A null value means "not known at compile time"; a
/// topology built at run time always knows.
/// </summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed record Pool(string? Fqdn, PoolRole Role, ProductVersion? Version, string? Site, Origin? Origin = null)
{
    /// <summary>The machines (servers) of the pool, by FQDN.</summary>
    public IReadOnlyList<string> Machines { get; init; } = [];

    /// <summary>Edge pools: federation enabled on this Edge.</summary>
    public bool? Federation { get; init; } = false;

    /// <summary>Where federation was enabled.</summary>
    public Origin? FederationOrigin { get; init; }

    /// <summary>Edge pools: the XMPP proxy (XMPP federation, port 5269) is enabled.</summary>
    public bool? XmppProxy { get; init; } = false;

    /// <summary>Where the XMPP proxy was enabled.</summary>
    public Origin? XmppProxyOrigin { get; init; }

    /// <summary>Front End pools: the XMPP gateway is asked of this pool.</summary>
    public bool? XmppGateway { get; init; } = false;

    /// <summary>Where the XMPP gateway was asked for.</summary>
    public Origin? XmppGatewayOrigin { get; init; }

    /// <summary>Front End pools: the Edge pool associated with this pool.</summary>
    public Reference? AssociatedEdge { get; init; }

    /// <summary>What the migration plan does with this pool.</summary>
    public PlannedChange? Plan { get; init; } = PlannedChange.None;

    /// <summary>Where the pool was marked for removal or migration.</summary>
    public Origin? PlanOrigin { get; init; }

    /// <summary>A legacy (2013/2015) pool that the plan keeps: it can carry XMPP after the migration.</summary>
    public bool IsLegacyAndStays => Version is { } version && version.CarriesXmpp() && Plan == PlannedChange.None;

    /// <inheritdoc />
    public override string ToString() => Fqdn ?? "(pool not known at compile time)";
}
