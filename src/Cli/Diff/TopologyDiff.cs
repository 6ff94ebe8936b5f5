extern alias Dsl;

using System;
using System.Collections.Generic;
using System.Linq;
using Dsl::XmppTopology;
using XmppTopology.Cli.Import;

namespace XmppTopology.Cli.Diff;

/// <summary>
/// Compares the code's topology with a deployment's, as a plan compares: pools (FQDN, role,
/// version, machines, site), the Edge's XMPP proxy, and, given a Get-CsUser export, where each
/// user is homed today. FQDNs and SIP addresses compare without case.
/// </summary>
internal static class TopologyDiff
{
    private const string None = "(none)";

    public static DiffResult Compare(Topology code, ImportedTopology deployment, IReadOnlyList<DeployedUser>? users, CodeLocations codeAt, DeploymentLines deploymentAt, SourceLine? usersFile)
    {
        var differences = new List<Difference>();
        var notCompared = new List<string> { "federation and the associated Edge of each pool: the topology file reader does not read them yet" };
        var deployed = deployment.Sites.SelectMany(site => Pools(site)).ToList();
        var deployedByFqdn = deployed.GroupBy(p => p.Pool.Fqdn, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var withoutMachines = new List<string>();

        foreach (var pool in code.Pools)
        {
            var fqdn = pool.Fqdn!;
            var at = codeAt.Pool(fqdn);
            if (!deployedByFqdn.TryGetValue(fqdn, out var other))
            {
                differences.Add(new Difference("pool only in the code", fqdn, Describe(pool), at, None, deploymentAt.File));
                continue;
            }

            var there = deploymentAt.Of(fqdn);
            void Differ(string kind, string ours, string theirs)
            {
                if (!string.Equals(ours, theirs, StringComparison.OrdinalIgnoreCase))
                {
                    differences.Add(new Difference(kind, fqdn, ours, at, theirs, there));
                }
            }

            Differ("role", Role(pool.Role), Role(other.Pool.Kind));
            Differ("version", pool.Version!.Value.DisplayName(), Enum.TryParse<ProductVersion>(other.Pool.Version.ToString(), out var version) ? version.DisplayName() : "Lync Server 2010");
            Differ("site", pool.Site ?? None, other.Site);
            if (pool.Machines.Count == 0)
            {
                withoutMachines.Add(fqdn);
            }
            else
            {
                Differ("machines", Machines(pool.Machines, fqdn), Machines(other.Pool.Machines, fqdn));
            }

            if (pool.Role == PoolRole.EdgePool || other.Pool.Kind == PoolKind.EdgePool)
            {
                Differ("XMPP proxy", pool.XmppProxy == true ? "enabled" : "not enabled", other.Pool.XmppProxy ? "enabled" : "not enabled");
            }
        }

        var inCode = code.Pools.Select(p => p.Fqdn!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (pool, site) in deployed.Where(p => !inCode.Contains(p.Pool.Fqdn)))
        {
            differences.Add(new Difference("pool only in the deployment", pool.Fqdn, None, codeAt.Fallback, $"{Role(pool.Kind)}, site {site}", deploymentAt.Of(pool.Fqdn)));
        }

        if (withoutMachines.Count > 0)
        {
            notCompared.Add($"the machines of {string.Join(", ", withoutMachines)}: the code lists none");
        }

        if (users is null)
        {
            notCompared.Add("users: no Get-CsUser export was given");
        }
        else
        {
            CompareUsers(code, users, codeAt, usersFile!, differences);
        }

        return new DiffResult(differences, notCompared);
    }

    private static void CompareUsers(Topology code, IReadOnlyList<DeployedUser> users, CodeLocations codeAt, SourceLine usersFile, List<Difference> differences)
    {
        var exported = users.GroupBy(u => u.SipAddress, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var user in code.Users)
        {
            var sip = user.SipAddress!;
            var home = user.Home?.Name ?? None;
            if (!exported.TryGetValue(sip, out var deployed))
            {
                differences.Add(new Difference("user only in the code", sip, $"homed on {home}", codeAt.User(sip), None, usersFile));
            }
            else if (!string.Equals(home, deployed.RegistrarPool ?? None, StringComparison.OrdinalIgnoreCase))
            {
                differences.Add(new Difference("user home", sip, home, codeAt.User(sip), deployed.RegistrarPool ?? None, usersFile with { Line = deployed.Line }));
            }
        }

        var inCode = code.Users.Select(u => u.SipAddress!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var deployed in exported.Values.Where(u => !inCode.Contains(u.SipAddress)).OrderBy(u => u.Line))
        {
            differences.Add(new Difference("user only in the deployment", deployed.SipAddress, None, codeAt.Fallback, $"homed on {deployed.RegistrarPool ?? None}", usersFile with { Line = deployed.Line }));
        }
    }

    private static IEnumerable<(ImportedPool Pool, string Site)> Pools(ImportedSite site) =>
        site.Pools.Select(p => (p, site.Name)).Concat(site.BranchSites.SelectMany(Pools));

    private static string Describe(Pool pool) => $"{pool.Version!.Value.DisplayName()} {pool.Role.DisplayName()}, site {pool.Site}";

    // The file tells a survivable branch appliance from a server by nothing it records: both are one kind here.
    private static string Role(PoolRole role) => role.IsSurvivableBranch() ? "Survivable Branch Appliance or Server" : role.DisplayName();

    private static string Role(PoolKind kind) => kind switch
    {
        PoolKind.FrontEndPool => Role(PoolRole.FrontEndPool),
        PoolKind.StandardEditionServer => Role(PoolRole.StandardEditionServer),
        PoolKind.EdgePool => Role(PoolRole.EdgePool),
        PoolKind.DirectorPool => Role(PoolRole.DirectorPool),
        _ => Role(PoolRole.SurvivableBranchAppliance),
    };

    // The pool's own FQDN as its only machine (a Standard Edition server) is no machine list.
    private static string Machines(IEnumerable<string> machines, string fqdn)
    {
        var list = machines.Where(m => !string.Equals(m, fqdn, StringComparison.OrdinalIgnoreCase)).Select(m => m.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? None : string.Join(", ", list);
    }
}
