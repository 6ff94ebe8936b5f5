namespace XmppTopology;

/// <summary>What a pool is in Topology Builder's terms.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
enum PoolRole
{
    /// <summary>An Enterprise Edition Front End pool.</summary>
    FrontEndPool,

    /// <summary>A Standard Edition server: a Front End pool of one machine.</summary>
    StandardEditionServer,

    /// <summary>An Edge pool (or single Edge Server).</summary>
    EdgePool,

    /// <summary>A Director pool.</summary>
    DirectorPool,

    /// <summary>A Survivable Branch Appliance in a branch site.</summary>
    SurvivableBranchAppliance,

    /// <summary>A Survivable Branch Server in a branch site.</summary>
    SurvivableBranchServer,
}
