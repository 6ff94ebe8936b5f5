using System.Collections.Generic;
using System.Linq;

namespace XmppTopology.Cli.Import;

/// <summary>
/// Turns the clusters of a topology file into the DSL's pools by the services installed on them,
/// and lists in the header what the DSL cannot say. Nothing is invented: a setting is written
/// only when the file records it.
/// </summary>
internal static class TopologyMapper
{
    private static readonly string[] PoolRoles = ["UserServices", "Registrar", "EdgeServer"];

    public static ImportedTopology Map(TopologyFile file)
    {
        var services = file.Services.ToLookup(s => s.ClusterKey);
        var byKey = file.Services.Where(s => s.Key.Length > 0).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.First());
        var clusterFqdns = file.Sites.SelectMany(AllClusters).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.First().Fqdn);
        var notImported = new List<string>();
        var notes = new List<string>();
        var edges = new Dictionary<string, TopologyFile.Service>();

        ImportedSite MapSite(TopologyFile.Site site, bool branch)
        {
            var pools = new List<ImportedPool>();
            foreach (var cluster in site.Clusters)
            {
                var onCluster = services[cluster.Key].Where(s => !s.OnSqlInstance).ToList();
                var stores = services[cluster.Key].Where(s => s.OnSqlInstance).Select(s => s.Role).Distinct().ToList();
                if (MapCluster(cluster, onCluster, stores, branch) is { } pool)
                {
                    pools.Add(pool);
                    if (pool is { Kind: PoolKind.EdgePool, IsLync2010: false })
                    {
                        SaysNothingOf(pool, notes);
                    }

                    var others = onCluster.Select(s => s.Role).Where(role => !PoolRoles.Contains(role)).Distinct().Concat(stores.Select(s => s + " (SQL Server)")).ToList();
                    if (others.Count > 0)
                    {
                        notImported.Add($"{cluster.Fqdn} also runs {string.Join(", ", others)}");
                    }
                }
                else
                {
                    var roles = onCluster.Select(s => s.Role).Distinct().ToList();
                    notImported.Add(
                        roles.Count == 0 && stores.Count == 0 ? $"{cluster.Fqdn}: no service"
                        : roles.Count == 0 ? $"{cluster.Fqdn}: SQL Server stores {string.Join(", ", stores)}"
                        : $"{cluster.Fqdn}: {string.Join(", ", roles.Concat(stores.Select(s => s + " (SQL Server)")))}");
                }

                if (onCluster.FirstOrDefault(s => s.Role == "EdgeServer") is { } edge)
                {
                    edges[edge.Key] = edge;
                }
            }

            return new ImportedSite(site.Name, pools, site.Branches.Select(b => MapSite(b, branch: true)).ToList());
        }

        var sites = file.Sites.Select(site => MapSite(site, branch: false)).ToList();
        var elsewhere = file.Services.Where(s => !clusterFqdns.ContainsKey(s.ClusterKey)).Select(s => s.Role).Distinct().ToList();
        if (elsewhere.Count > 0)
        {
            notImported.Add($"services on clusters outside the sites: {string.Join(", ", elsewhere)}");
        }

        var pools = sites.SelectMany(AllPools).ToList();
        sites = sites.Select(site => WithAssociatedEdges(site, file, services, byKey, clusterFqdns, pools, notes)).ToList();
        var lync2010 = pools.Where(p => p.IsLync2010).ToList();
        if (lync2010.Count > 0)
        {
            notes.Add("Lync Server 2010 (ServiceVersion 5), not declared: Skype for Business Server 2019 coexists with Lync Server 2013");
            notes.Add("and Skype for Business Server 2015 only (Microsoft's migration to 2019 starts from those), so move the users");
            notes.Add("of these pools to a 2013 or 2015 pool and remove them before the 2019 pools join the topology:");
            notes.AddRange(lync2010.Select(p => $"  {p.Fqdn}: {Describe(p.Kind)}" + (p.Machines.Count > 0 ? $", {p.Machines.Count} machine(s)" : "")));
        }

        if (pools.Any(p => p.Kind == PoolKind.EdgePool && !p.IsLync2010))
        {
            notes.Add("Federation routes are site properties the import does not read: declare FederationRoute and");
            notes.Add("XmppFederationRoute on each central site.");
        }

        return new ImportedTopology(file.Domain, sites, notImported, notes);
    }

    // An Edge whose ports the file leaves out: neither setting is guessed, the header says so.
    private static void SaysNothingOf(ImportedPool edge, List<string> notes)
    {
        if (edge.Federation is null)
        {
            notes.Add($"{edge.Fqdn}: the file lists no Access Edge port of this Edge pool, so it does not say whether federation is enabled: add Federation() if it is");
        }

        if (edge.XmppProxy is null)
        {
            notes.Add($"{edge.Fqdn}: the file lists no port of this Edge pool, so it does not say whether the XMPP proxy is enabled: add XmppProxy() if it is");
        }
    }

    public static IEnumerable<ImportedPool> AllPools(ImportedSite site) => site.Pools.Concat(site.BranchSites.SelectMany(AllPools));

    public static string Describe(PoolKind kind) => kind switch
    {
        PoolKind.FrontEndPool => "Front End pool",
        PoolKind.StandardEditionServer => "Standard Edition server",
        PoolKind.EdgePool => "Edge pool",
        PoolKind.DirectorPool => "Director pool",
        _ => "Survivable Branch Appliance",
    };

    private static IEnumerable<TopologyFile.Cluster> AllClusters(TopologyFile.Site site) => site.Clusters.Concat(site.Branches.SelectMany(AllClusters));

    // A cluster is a pool by the services installed on it; a Registrar port alone does not turn XMPP on.
    private static ImportedPool? MapCluster(TopologyFile.Cluster cluster, IReadOnlyList<TopologyFile.Service> services, IReadOnlyList<string> stores, bool branch)
    {
        if (services.FirstOrDefault(s => s.Role == "EdgeServer") is { } edge)
        {
            return Pool(cluster, PoolKind.EdgePool, edge) with { XmppProxy = edge.HasXmppProxy, Federation = edge.HasFederation };
        }

        var registrar = services.FirstOrDefault(s => s.Role == "Registrar");
        if (registrar is { IsDirector: true })
        {
            return Pool(cluster, PoolKind.DirectorPool, registrar);
        }

        if ((services.FirstOrDefault(s => s.Role == "UserServices") ?? registrar) is not { } principal)
        {
            return null;
        }

        // A Standard Edition server keeps its own databases (SQL Server Express on the server), so its
        // user store sits on its own cluster; an Enterprise pool's Back End is a separate SQL Server.
        // Only .tbxml also says IsSingleMachineOnly; the published form has the store alone.
        var kind = branch ? PoolKind.SurvivableBranchAppliance
            : cluster.SingleMachine || stores.Contains("UserStore") ? PoolKind.StandardEditionServer
            : PoolKind.FrontEndPool;
        return Pool(cluster, kind, principal);
    }

    private static ImportedPool Pool(TopologyFile.Cluster cluster, PoolKind kind, TopologyFile.Service principal)
    {
        var version = VersionOf(principal, cluster);
        if (version != ImportedVersion.LyncServer2010)
        {
            // Written as code: a value the DSL refuses would compile and then throw at Build().
            foreach (var (fqdn, element) in new[] { (cluster.Fqdn, cluster.Element) }.Concat(cluster.Machines.Select(m => (m.Fqdn, m.Element))))
            {
                if (!DslValues.IsFqdn(fqdn))
                {
                    throw TopologyFileReader.Error(element, $"'{fqdn}' is not a fully qualified domain name (labels of letters, digits and hyphens separated by dots); a template's placeholder must be filled in before the import");
                }
            }
        }

        return new ImportedPool(cluster.Fqdn, kind, version, cluster.Machines.Select(m => m.Fqdn).ToList());
    }

    // "Only one load-balanced Edge pool or single Edge Server can be associated with each internal
    // pool": the Edge that the pool's Registrar (or its user services) depends on.
    private static ImportedSite WithAssociatedEdges(
        ImportedSite site,
        TopologyFile file,
        ILookup<string, TopologyFile.Service> services,
        Dictionary<string, TopologyFile.Service> byKey,
        Dictionary<string, string> clusterFqdns,
        IReadOnlyList<ImportedPool> pools,
        List<string> notes)
    {
        var clusterOf = file.Sites.SelectMany(AllClusters).GroupBy(c => c.Fqdn, System.StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Key, System.StringComparer.OrdinalIgnoreCase);
        ImportedPool Associate(ImportedPool pool)
        {
            if (pool.Kind == PoolKind.EdgePool || !clusterOf.TryGetValue(pool.Fqdn, out var key))
            {
                return pool;
            }

            var edgeServices = services[key]
                .Where(s => s.Role is "Registrar" or "UserServices")
                .SelectMany(s => s.DependsOn)
                .Select(d => byKey.TryGetValue(d, out var dependency) ? dependency : null)
                .OfType<TopologyFile.Service>()
                .Where(d => d.Role == "EdgeServer")
                .ToList();
            var edgeFqdns = edgeServices
                .Where(d => clusterFqdns.ContainsKey(d.ClusterKey))
                .Select(d => clusterFqdns[d.ClusterKey])
                .Distinct(System.StringComparer.OrdinalIgnoreCase)
                .ToList();
            pool = pool with { UsesEdges = edgeServices.All(d => clusterFqdns.ContainsKey(d.ClusterKey)) ? edgeFqdns : null };
            if (edgeFqdns.Count == 0)
            {
                return pool;
            }

            var edge = pools.FirstOrDefault(p => p.Kind == PoolKind.EdgePool && string.Equals(p.Fqdn, edgeFqdns[0], System.StringComparison.OrdinalIgnoreCase));
            if (edgeFqdns.Count > 1)
            {
                notes.Add($"{pool.Fqdn} depends on {edgeFqdns.Count} Edge pools ({string.Join(", ", edgeFqdns)}); associated with the first");
            }

            if (pool.IsLync2010)
            {
                return pool;
            }

            if (pool.Kind is not (PoolKind.FrontEndPool or PoolKind.StandardEditionServer))
            {
                notes.Add($"{pool.Fqdn} ({Describe(pool.Kind)}) uses the Edge pool {edgeFqdns[0]}: the DSL associates Edge pools with Front End pools only");
                return pool;
            }

            if (edge is null || edge.IsLync2010)
            {
                notes.Add($"{pool.Fqdn} uses the Edge pool {edgeFqdns[0]}, which is not declared");
                return pool;
            }

            return pool with { AssociatedEdge = edge.Fqdn };
        }

        return site with
        {
            Pools = site.Pools.Select(Associate).ToList(),
            BranchSites = site.BranchSites.Select(b => WithAssociatedEdges(b, file, services, byKey, clusterFqdns, pools, notes)).ToList(),
        };
    }

    private static ImportedVersion VersionOf(TopologyFile.Service service, TopologyFile.Cluster cluster) => service.Version switch
    {
        "5" => ImportedVersion.LyncServer2010,
        "6" => ImportedVersion.LyncServer2013,
        "7" => ImportedVersion.SkypeForBusiness2015,
        "8" => ImportedVersion.SkypeForBusiness2019,
        var other => throw TopologyFileReader.Error(
            service.Element,
            $"ServiceVersion '{other}' of the {service.Role} service on {cluster.Fqdn} is not a known product version (5: Lync Server 2010, 6: Lync Server 2013, 7: Skype for Business Server 2015, 8: Skype for Business Server 2019)"),
    };
}
