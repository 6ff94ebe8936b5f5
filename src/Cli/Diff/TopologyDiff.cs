extern alias Dsl;

using System;
using System.Collections.Generic;
using System.Linq;
using Dsl::XmppTopology;
using XmppTopology.Cli.Import;

namespace XmppTopology.Cli.Diff;

/// <summary>
/// Compares the code's topology with a deployment's, as a plan compares: pools (FQDN, role,
/// version, machines, site), the Edge settings (XMPP proxy, federation, the associated Edge of a
/// Front End pool), and, given a Get-CsUser export, where each user is homed today. FQDNs and SIP
/// addresses compare without case. What the file does not say is listed as not compared, never
/// taken for "off".
/// </summary>
internal static class TopologyDiff
{
    private const string None = "(none)";

    public static DiffResult Compare(Topology code, ImportedTopology deployment, IReadOnlyList<ExportedUser>? users, CodeLocations codeAt, DeploymentLines deploymentAt, SourceLine? usersFile)
    {
        var differences = new List<Difference>();
        var notCompared = new List<string> { "the sites' federation routes (FederationRoute, XmppFederationRoute): the topology file reader does not read them" };
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
                void Setting(string kind, bool? ours, bool? theirs, string silence)
                {
                    if (theirs is null)
                    {
                        notCompared.Add($"the {kind} of {fqdn}: {silence}");
                    }
                    else
                    {
                        Differ(kind, Enabled(ours == true), Enabled(theirs.Value));
                    }
                }

                Setting("XMPP proxy", pool.XmppProxy, other.Pool.XmppProxy, "the topology file lists no port of this Edge pool");
                Setting("federation", pool.Federation, other.Pool.Federation, "the topology file lists no Access Edge port of this Edge pool");
            }

            CompareAssociatedEdge(pool, other.Pool, Differ, notCompared);
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
            CompareUsers(code, users, codeAt, usersFile!, differences, notCompared);
        }

        return new DiffResult(differences, notCompared);
    }

    // "Only one load-balanced Edge pool or single Edge Server can be associated with each internal
    // pool": the DSL says it of Front End pools and Standard Edition servers; the file by the Edge
    // their Registrar or user services depend on.
    private static void CompareAssociatedEdge(Pool pool, ImportedPool other, Action<string, string, string> differ, List<string> notCompared)
    {
        var codeAssociates = pool.Role is PoolRole.FrontEndPool or PoolRole.StandardEditionServer;
        var fileAssociates = other.Kind is PoolKind.FrontEndPool or PoolKind.StandardEditionServer;
        if (codeAssociates && fileAssociates)
        {
            switch (other.UsesEdges)
            {
                case null:
                    notCompared.Add($"the associated Edge of {pool.Fqdn}: its Registrar depends on an Edge pool that the topology file installs on no cluster of its sites");
                    break;
                case { Count: > 1 } several:
                    notCompared.Add($"the associated Edge of {pool.Fqdn}: its Registrar depends on {several.Count} Edge pools ({string.Join(", ", several)}), the code can name one");
                    break;
                case var edges:
                    differ("associated Edge", pool.AssociatedEdge?.Name ?? None, edges.Count == 1 ? edges[0] : None);
                    break;
            }
        }
        else if (!codeAssociates && !fileAssociates && other.UsesEdges is { Count: > 0 } used)
        {
            notCompared.Add($"the Edge that {pool.Fqdn} ({Role(other.Kind)}) uses ({string.Join(", ", used)}): the DSL associates an Edge with Front End pools and Standard Edition servers only");
        }
    }

    private static string Enabled(bool enabled) => enabled ? "enabled" : "not enabled";

    private static void CompareUsers(Topology code, IReadOnlyList<ExportedUser> users, CodeLocations codeAt, SourceLine usersFile, List<Difference> differences, List<string> notCompared)
    {
        // The reader refuses a SIP address twice, so each has one row.
        var exported = users.ToDictionary(u => u.SipAddress, StringComparer.OrdinalIgnoreCase);
        foreach (var user in code.Users)
        {
            var sip = user.SipAddress!;
            var home = user.Home?.Name ?? None;
            if (!exported.TryGetValue(sip, out var deployed))
            {
                differences.Add(new Difference("user only in the code", sip, $"homed on {home}", codeAt.User(sip), None, usersFile));
            }
            else if (deployed.Enabled == false)
            {
                differences.Add(new Difference("user not enabled", sip, $"homed on {home}", codeAt.User(sip), $"Enabled is False (RegistrarPool {deployed.RegistrarPool ?? None})", usersFile with { Line = deployed.Line }));
            }
            else if (!string.Equals(home, deployed.RegistrarPool ?? None, StringComparison.OrdinalIgnoreCase))
            {
                differences.Add(new Difference("user home", sip, home, codeAt.User(sip), deployed.RegistrarPool ?? None, usersFile with { Line = deployed.Line }));
            }
        }

        // A user not homed on premises is no user of the topology (the import leaves it out): the code need not name it.
        var inCode = code.Users.Select(u => u.SipAddress!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var notHomed = 0;
        foreach (var deployed in users.Where(u => !inCode.Contains(u.SipAddress)))
        {
            if (deployed.IsHomedOnPremises)
            {
                differences.Add(new Difference("user only in the deployment", deployed.SipAddress, None, codeAt.Fallback, $"homed on {deployed.RegistrarPool}", usersFile with { Line = deployed.Line }));
            }
            else
            {
                notHomed++;
            }
        }

        // The reader gives no Enabled only when the column was not exported.
        if (users.Count > 0 && users.All(u => u.Enabled is null))
        {
            notCompared.Add($"whether the users of {usersFile.Path} are enabled: it has no Enabled column, so each user with a RegistrarPool counts as homed there");
        }

        if (notHomed > 0)
        {
            notCompared.Add($"{notHomed} user(s) of {usersFile.Path} that the code does not name and that are not homed on premises (Enabled is False, or no RegistrarPool)");
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
