using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace XmppTopology.Cli.Import;

/// <summary>
/// Reads the two XML forms of a topology: Topology Builder's own <c>.tbxml</c>
/// (TopologyBuilder/WritableTopology 2008 schemas) and the published topology
/// (<c>Get-CsTopology -AsXml</c>, Topology 2008 schema), into what the DSL can say.
/// </summary>
internal static class TopologyFileReader
{
    private static readonly XNamespace Builder = "urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008";
    private static readonly XNamespace Published = "urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008";

    public static ImportedTopology Read(Stream stream)
    {
        var root = SafeXml.Load(stream).Root!;
        var file = root.Name == Builder + "TopologyBuilder" ? FromBuilderFile(root)
            : root.Name == Published + "Topology" ? FromPublishedFile(root)
            : throw Error(root, $"the root element '{root.Name.LocalName}' in namespace '{root.Name.NamespaceName}' is neither a Topology Builder file (TopologyBuilder, {Builder.NamespaceName}) nor a published topology (Topology, {Published.NamespaceName})");
        return Map(file);
    }

    // The two forms, reduced to one shape: sites, clusters by key, services by the cluster they are installed on.
    private sealed record Cluster(string Key, string Fqdn, bool SingleMachine, IReadOnlyList<string> Machines, XElement Element);

    private sealed record Service(string Role, string InstalledOn, string? Version, bool IsDirector, bool HasXmppProxy, XElement Element);

    private sealed record Site(string Name, IReadOnlyList<Cluster> Clusters, IReadOnlyList<Site> Branches);

    private sealed record TopologyFile(string Domain, IReadOnlyList<Site> Sites, IReadOnlyList<Service> Services);

    private static TopologyFile FromBuilderFile(XElement root)
    {
        var topology = Child(root, "NewTopology") is { } newTopology ? Child(newTopology, "PartialTopology") : null;
        if (topology is null)
        {
            throw Error(root, "the Topology Builder file has no NewTopology/PartialTopology element");
        }

        Site ReadSite(XElement site) => new(
            Name(site),
            Children(Child(site, "Clusters"), "Cluster").Select(cluster => new Cluster(
                Attribute(cluster, "UniqueId"),
                Attribute(cluster, "Fqdn"),
                (string?)cluster.Attribute("IsSingleMachineOnly") == "true",
                MachinesOf(Child(cluster, "Machines")),
                cluster)).ToList(),
            Children(Child(site, "RemoteSites"), "RemoteSite").Select(ReadSite).ToList());

        var services = Children(Child(topology, "Services"), "Service").Select(service => ReadService(service, Attribute(service, "InstalledOn"), Attribute(service, "RoleName")));
        return new TopologyFile(
            DomainOf(Child(topology, "InternalDomains")),
            Children(Child(topology, "CentralSites"), "CentralSite").Select(ReadSite).ToList(),
            services.ToList());
    }

    private static TopologyFile FromPublishedFile(XElement root)
    {
        static string ClusterKey(XElement? clusterId) =>
            clusterId is null ? "" : $"{(string?)clusterId.Attribute("SiteId")}:{(string?)clusterId.Attribute("Number")}";

        var clusters = Children(Child(root, "Clusters"), "Cluster")
            .Select(cluster => (Site: (string?)Child(cluster, "ClusterId")?.Attribute("SiteId"), Cluster: new Cluster(
                ClusterKey(Child(cluster, "ClusterId")),
                Attribute(cluster, "Fqdn"),
                (string?)cluster.Attribute("IsSingleMachineOnly") == "true",
                MachinesOf(cluster),
                cluster)))
            .ToList();
        var sites = Children(Child(root, "Sites"), "CentralSite")
            .Select(site => new Site(
                Name(site),
                clusters.Where(c => c.Site == (string?)site.Attribute("SiteId")).Select(c => c.Cluster).ToList(),
                []))
            .ToList();
        var services = Children(Child(root, "Services"), "Service")
            .Select(service => ReadService(
                service,
                ClusterKey(Child(Child(service, "InstalledOn"), "ClusterId")),
                (string?)Child(service, "ServiceId")?.Attribute("RoleName") ?? Attribute(service, "RoleName")))
            .ToList();
        return new TopologyFile(DomainOf(Child(root, "InternalDomains")), sites, services);
    }

    private static Service ReadService(XElement service, string installedOn, string role) => new(
        role,
        installedOn,
        (string?)service.Attribute("ServiceVersion"),
        service.Descendants().Any(e => e.Name.LocalName == "RegistrarService" && (string?)e.Attribute("IsDirector") == "true"),
        service.Descendants().Any(e => e.Name.LocalName == "Port" && (string?)e.Attribute("Owner") == "urn:component:XmppFederationProxy"),
        service);

    private static ImportedTopology Map(TopologyFile file)
    {
        var byCluster = file.Services.ToLookup(s => s.InstalledOn);
        var notImported = new List<string>();

        ImportedSite MapSite(Site site, bool branch)
        {
            var pools = new List<ImportedPool>();
            foreach (var cluster in site.Clusters)
            {
                var services = byCluster[cluster.Key].ToList();
                if (MapCluster(cluster, services, branch) is { } pool)
                {
                    pools.Add(pool);
                    var others = services.Select(s => s.Role).Where(role => role is not ("UserServices" or "Registrar" or "EdgeServer")).Distinct().ToList();
                    if (others.Count > 0)
                    {
                        notImported.Add($"{cluster.Fqdn} also runs {string.Join(", ", others)}");
                    }
                }
                else
                {
                    var roles = services.Select(s => s.Role).Distinct().ToList();
                    notImported.Add($"{cluster.Fqdn}: {(roles.Count == 0 ? "no service" : string.Join(", ", roles))}");
                }
            }

            return new ImportedSite(site.Name, pools, site.Branches.Select(b => MapSite(b, branch: true)).ToList());
        }

        var sites = file.Sites.Select(site => MapSite(site, branch: false)).ToList();
        var known = file.Sites.SelectMany(AllClusters).Select(c => c.Key).ToHashSet();
        var elsewhere = file.Services.Where(s => !known.Contains(s.InstalledOn)).Select(s => s.Role).Distinct().ToList();
        if (elsewhere.Count > 0)
        {
            notImported.Add($"services on clusters outside the sites: {string.Join(", ", elsewhere)}");
        }

        return new ImportedTopology(file.Domain, sites, notImported);
    }

    private static IEnumerable<Cluster> AllClusters(Site site) => site.Clusters.Concat(site.Branches.SelectMany(AllClusters));

    // A cluster is a pool by the services installed on it; a Registrar port alone does not turn XMPP on.
    private static ImportedPool? MapCluster(Cluster cluster, IReadOnlyList<Service> services, bool branch)
    {
        var edge = services.FirstOrDefault(s => s.Role == "EdgeServer");
        if (edge is not null)
        {
            return new ImportedPool(cluster.Fqdn, PoolKind.EdgePool, VersionOf(edge, cluster), cluster.Machines, edge.HasXmppProxy);
        }

        var registrar = services.FirstOrDefault(s => s.Role == "Registrar");
        var userServices = services.FirstOrDefault(s => s.Role == "UserServices");
        if (registrar is { IsDirector: true })
        {
            return new ImportedPool(cluster.Fqdn, PoolKind.DirectorPool, VersionOf(registrar, cluster), cluster.Machines, false);
        }

        if ((userServices ?? registrar) is not { } principal)
        {
            return null;
        }

        var kind = branch ? PoolKind.SurvivableBranchAppliance
            : cluster.SingleMachine ? PoolKind.StandardEditionServer
            : PoolKind.FrontEndPool;
        return new ImportedPool(cluster.Fqdn, kind, VersionOf(principal, cluster), cluster.Machines, false);
    }

    private static string VersionOf(Service service, Cluster cluster) => service.Version switch
    {
        "6" => "LyncServer2013",
        "7" => "SkypeForBusiness2015",
        "8" => "SkypeForBusiness2019",
        var other => throw Error(
            service.Element,
            $"ServiceVersion '{other}' of the {service.Role} service on {cluster.Fqdn} is not a known product version (6: Lync Server 2013, 7: Skype for Business Server 2015, 8: Skype for Business Server 2019)"),
    };

    private static List<string> MachinesOf(XElement? parent) =>
        Children(parent, "Machine").Select(m => (string?)m.Attribute("Fqdn")).Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f!).ToList();

    private static string DomainOf(XElement? internalDomains) =>
        (string?)internalDomains?.Attribute("DefaultDomain")
        ?? (string?)Children(internalDomains, "InternalDomain").FirstOrDefault()?.Attribute("Name")
        ?? throw new TopologyFileException("the file names no SIP domain (InternalDomains/DefaultDomain)");

    private static string Name(XElement site) =>
        Child(site, "Name")?.Value is { Length: > 0 } name ? name : throw Error(site, $"a {site.Name.LocalName} has no Name");

    private static string Attribute(XElement element, string name) =>
        (string?)element.Attribute(name) is { Length: > 0 } value ? value : throw Error(element, $"{element.Name.LocalName} has no {name} attribute");

    // Topology Builder mixes several schemas' namespaces in one file: children are found by local name.
    private static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static IEnumerable<XElement> Children(XElement? parent, string localName) =>
        parent?.Elements().Where(e => e.Name.LocalName == localName) ?? [];

    private static TopologyFileException Error(XElement at, string message)
    {
        var line = (IXmlLineInfo)at;
        return new TopologyFileException(message, line.LineNumber, line.LinePosition);
    }
}
