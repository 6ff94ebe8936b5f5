using System.Collections.Generic;
using System.Linq;

namespace XmppTopology;

/// <summary>
/// A pool the plan marks for removal or for migration to Skype for Business Server 2019: the
/// manual steps that take it out of the topology (Topology Builder and decommissioning), to be
/// done only once the pool is empty. The runbook never removes anything itself.
/// </summary>
public sealed class DecommissionStep : RunbookStep
{
    internal DecommissionStep(Pool pool, PlannedChange change, int usersLeft, IReadOnlyList<string> instructions)
        : base(RunbookPhase.Decommissioning, $"Decommission {pool.Fqdn} ({pool.Version!.Value.DisplayName()} {pool.Role.DisplayName()}{(pool.Site is null ? "" : ", site " + pool.Site)}), marked for {(change == PlannedChange.Removal ? "removal" : "migration to Skype for Business Server 2019")}")
    {
        Pool = pool.Fqdn!;
        Role = pool.Role;
        Version = pool.Version!.Value;
        Site = pool.Site;
        Change = change;
        Machines = pool.Machines.ToList().AsReadOnly();
        UsersLeft = usersLeft;
        Instructions = instructions;
        EmptinessCheck = pool.Role.HomesUsers()
            ? new CmdletCall("Get-CsUser", changesDeployment: false, new CmdletParameter("Filter", $"RegistrarPool -eq \"{pool.Fqdn}\""))
            : null;
    }

    public string Pool { get; }

    public PoolRole Role { get; }

    public ProductVersion Version { get; }

    public string? Site { get; }

    /// <summary>Removal or migration to 2019 (side by side: a 2019 pool takes over, then this one goes).</summary>
    public PlannedChange Change { get; }

    public IReadOnlyList<string> Machines { get; }

    /// <summary>Users the plan leaves on this pool after its moves (TOPO003): until they move, the pool is not empty.</summary>
    public int UsersLeft { get; }

    /// <summary>The manual steps, in order, for a person to carry out.</summary>
    public IReadOnlyList<string> Instructions { get; }

    /// <summary>For pools that home users, <c>Get-CsUser -Filter 'RegistrarPool -eq "&lt;fqdn&gt;"'</c>: it must return nobody before the steps start.</summary>
    public CmdletCall? EmptinessCheck { get; }
}
