namespace XmppTopology;

/// <summary>Which roles home users and which run the Edge services.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
static class PoolRoleFacts
{
    /// <summary>Front End pools and Standard Edition servers: they home users and run the XMPP gateway.</summary>
    public static bool IsFrontEnd(this PoolRole role) =>
        role is PoolRole.FrontEndPool or PoolRole.StandardEditionServer;

    /// <summary>Survivable Branch Appliances and Servers.</summary>
    public static bool IsSurvivableBranch(this PoolRole role) =>
        role is PoolRole.SurvivableBranchAppliance or PoolRole.SurvivableBranchServer;

    /// <summary>Roles on which users can be homed.</summary>
    public static bool HomesUsers(this PoolRole role) => role.IsFrontEnd() || role.IsSurvivableBranch();

    /// <summary>The role's name as Topology Builder shows it.</summary>
    public static string DisplayName(this PoolRole role) => role switch
    {
        PoolRole.FrontEndPool => "Front End pool",
        PoolRole.StandardEditionServer => "Standard Edition server",
        PoolRole.EdgePool => "Edge pool",
        PoolRole.DirectorPool => "Director pool",
        PoolRole.SurvivableBranchAppliance => "Survivable Branch Appliance",
        PoolRole.SurvivableBranchServer => "Survivable Branch Server",
        _ => role.ToString(),
    };
}
