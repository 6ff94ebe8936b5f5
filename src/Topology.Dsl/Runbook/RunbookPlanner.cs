using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace XmppTopology;

/// <summary>
/// Makes a topology's runbook: refuses a plan with error-severity findings or a value it would
/// have to guess, then orders the planned changes safely.
/// </summary>
internal static class RunbookPlanner
{
    public static MigrationRunbook Plan(Topology topology)
    {
        var errors = topology.Validate().Where(f => f.Severity == FindingSeverity.Error).ToList();
        var reasons = Unknowns(topology).ToList();
        if (errors.Count > 0 || reasons.Count > 0)
        {
            throw new RunbookRefusedException(errors.AsReadOnly(), reasons.AsReadOnly());
        }

        return new MigrationRunbook(
            topology.Name,
            Grants(topology),
            Moves(topology),
            topology.XmppPartners
                .Select(p => new XmppPartnerStep(p.Domain!, p.Type!.Value, p.TlsNegotiation!.Value, p.SaslNegotiation!.Value, p.SupportDialbackNegotiation!.Value, p.ConfiguredOn?.Name))
                .ToList().AsReadOnly(),
            Decommissions(topology));
    }

    private static ReadOnlyCollection<GrantPolicyStep> Grants(Topology topology) =>
        topology.Users
            .Where(u => u.ExternalAccessPolicy is not null)
            .Select(u => new GrantPolicyStep(u.SipAddress!, u.ExternalAccessPolicy!.Name!))
            .ToList().AsReadOnly();

    // Grouped by target pool in the topology's pool order, users in plan order.
    private static ReadOnlyCollection<MoveUserStep> Moves(Topology topology) =>
        topology.Users
            .Where(u => u.PlannedMove is not null && !SameName(u.PlannedMove.Name, u.Home!.Name))
            .Select((user, order) => (user, order))
            .OrderBy(m => PoolIndex(topology, m.user.PlannedMove!.Name))
            .ThenBy(m => m.order)
            .Select(m => new MoveUserStep(m.user.SipAddress!, m.user.Home!.Name!, m.user.PlannedMove!.Name!))
            .ToList().AsReadOnly();

    // Pools that home users empty first, then Directors, then the Edge pools they used.
    private static ReadOnlyCollection<DecommissionStep> Decommissions(Topology topology) =>
        topology.Pools
            .Select((pool, order) => (pool, order))
            .Where(p => p.pool.Plan is PlannedChange.Removal or PlannedChange.MigrationTo2019)
            .OrderBy(p => p.pool.Role.HomesUsers() ? 0 : p.pool.Role == PoolRole.EdgePool ? 2 : 1)
            .ThenBy(p => p.order)
            .Select(p =>
            {
                var usersLeft = topology.Users.Count(u => SameName((u.PlannedMove ?? u.Home)?.Name, p.pool.Fqdn));
                return new DecommissionStep(p.pool, p.pool.Plan!.Value, usersLeft, DecommissionInstructions.For(topology, p.pool, p.pool.Plan!.Value, usersLeft));
            })
            .ToList().AsReadOnly();

    // A runtime topology always knows its values; one assembled by hand may not, and a step is never guessed.
    private static IEnumerable<string> Unknowns(Topology topology)
    {
        foreach (var pool in topology.Pools)
        {
            if (pool.Fqdn is null || pool.Version is null || pool.Plan is null)
            {
                yield return $"a pool's {(pool.Fqdn is null ? "FQDN" : pool.Version is null ? "version" : "planned change")} is not known ({pool})";
            }
        }

        // A user declared twice is TOPO006, an error finding: refused with the findings.
        foreach (var user in topology.Users)
        {
            if (user.SipAddress is null || (user.PlannedMove is not null && user.PlannedMove.Name is null) || (user.ExternalAccessPolicy is not null && user.ExternalAccessPolicy.Name is null))
            {
                yield return $"a value of user {user} is not known";
            }
            else if (user.PlannedMove is not null && user.Home?.Name is null)
            {
                yield return $"the plan moves {user.SipAddress} to {user.PlannedMove.Name} but does not say where it is homed today, so its rollback is not known";
            }
        }

        foreach (var partner in topology.XmppPartners)
        {
            if (partner.Domain is null || partner.Type is null || partner.TlsNegotiation is null || partner.SaslNegotiation is null || partner.SupportDialbackNegotiation is null)
            {
                yield return $"a setting of XMPP partner {partner} is not known";
            }
        }
    }

    private static int PoolIndex(Topology topology, string? fqdn)
    {
        for (var index = 0; index < topology.Pools.Count; index++)
        {
            if (SameName(topology.Pools[index].Fqdn, fqdn))
            {
                return index;
            }
        }

        return topology.Pools.Count;
    }

    private static bool SameName(string? left, string? right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
}
