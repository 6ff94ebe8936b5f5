using System;
using System.Collections.Generic;
using System.Linq;

namespace XmppTopology;

/// <summary>
/// The manual steps that take a marked pool out of the topology, in the order of Microsoft's
/// decommissioning guidance for a Skype for Business Server 2019 migration: empty the pool,
/// move what it still owns, delete it in Topology Builder and publish, then remove the
/// components from its servers.
/// </summary>
internal static class DecommissionInstructions
{
    public static IReadOnlyList<string> For(Topology topology, Pool pool, PlannedChange change, int usersLeft)
    {
        var fqdn = pool.Fqdn!;
        var steps = new List<string>();
        if (change == PlannedChange.MigrationTo2019)
        {
            steps.Add($"Migration to Skype for Business Server 2019 is side by side (in-place upgrades are not supported): deploy the 2019 {pool.Role.DisplayName()} that takes over from {fqdn} first.");
        }

        if (pool.Role.HomesUsers())
        {
            steps.Add(usersLeft == 0
                ? $"Check that nobody is homed on {fqdn} any more: Get-CsUser -Filter 'RegistrarPool -eq \"{fqdn}\"' returns no user (the runbook checks this before it shows these steps); move its contact objects too."
                : $"The plan leaves {usersLeft} user(s) on {fqdn} (TOPO003): move them first; Get-CsUser -Filter 'RegistrarPool -eq \"{fqdn}\"' must return no user.");
        }

        if (pool.Role.IsFrontEnd())
        {
            steps.Add($"Move its conference directories to a pool that stays: Get-CsConferenceDirectory | Where-Object {{ $_.ServiceID -match \"{fqdn}\" }} | Move-CsConferenceDirectory -TargetPool \"{SuccessorOf(topology, pool)}\".");
            steps.Add($"If {fqdn} holds the Central Management Server, move it to a pool that stays first (Move-CsManagementServer).");
        }

        var associated = topology.Pools.Where(p => p.Plan == PlannedChange.None && Names(p.AssociatedEdge, fqdn)).Select(p => p.Fqdn!).ToList();
        if (associated.Count > 0)
        {
            steps.Add($"In Topology Builder, associate {string.Join(", ", associated)} with another Edge pool first: {(associated.Count == 1 ? "it uses" : "they use")} {fqdn}.");
        }

        var routes = topology.Sites
            .SelectMany(site => new[] { (site, "federation route", site.FederationRoute), (site, "XMPP federation route", site.XmppFederationRoute) })
            .Where(route => Names(route.Item3, fqdn))
            .Select(route => $"the {route.Item2} of site {route.site.Name}")
            .ToList();
        if (routes.Count > 0)
        {
            steps.Add($"Move {string.Join(" and ", routes)} to another pool first: {(routes.Count == 1 ? "it goes" : "they go")} through {fqdn}.");
        }

        steps.Add(pool.Role == PoolRole.StandardEditionServer
            ? $"In Topology Builder, under the legacy node, delete {fqdn} and the SQL store defined on it, publish the topology and check replication."
            : $"In Topology Builder, under the legacy node, delete {fqdn}, publish the topology and check replication.");
        var servers = pool.Machines.Count > 0 ? string.Join(", ", pool.Machines) : fqdn;
        steps.Add($"Run the Deployment Wizard on {servers} to remove the Skype for Business Server components, then retire the server(s).");
        return steps.AsReadOnly();
    }

    // Where the pool's users go is where its conference directories go; else a Front End pool of its site that stays.
    private static string SuccessorOf(Topology topology, Pool pool)
    {
        var target = topology.Users
            .Where(u => Names(u.Home, pool.Fqdn!) && u.PlannedMove?.Name is not null && !Names(u.PlannedMove, pool.Fqdn!))
            .GroupBy(u => u.PlannedMove!.Name!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
        return target
            ?? topology.Pools.FirstOrDefault(p => p.Role.IsFrontEnd() && p.Plan == PlannedChange.None && string.Equals(p.Site, pool.Site, StringComparison.OrdinalIgnoreCase))?.Fqdn
            ?? "<a Front End pool that stays>";
    }

    private static bool Names(Reference? reference, string fqdn) => string.Equals(reference?.Name, fqdn, StringComparison.OrdinalIgnoreCase);
}
