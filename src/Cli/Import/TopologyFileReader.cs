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
        return TopologyMapper.Map(file);
    }

    /// <summary>The element's line and position, for errors that point into the file.</summary>
    public static TopologyFileException Error(XElement at, string message)
    {
        var line = (IXmlLineInfo)at;
        return new TopologyFileException(message, line.LineNumber, line.LinePosition);
    }

    // .tbxml: sites nest their clusters (with their SQL Server instances) and branch sites; a
    // service names the UniqueId of the cluster or SQL Server instance it is installed on.
    private static TopologyFile FromBuilderFile(XElement root)
    {
        var topology = Child(root, "NewTopology") is { } newTopology ? Child(newTopology, "PartialTopology") : null;
        if (topology is null)
        {
            throw Error(root, "the Topology Builder file has no NewTopology/PartialTopology element");
        }

        var sqlInstances = new Dictionary<string, string>();
        TopologyFile.Site ReadSite(XElement site) => new(
            Name(site),
            Children(Child(site, "Clusters"), "Cluster").Select(cluster =>
            {
                var key = Attribute(cluster, "UniqueId");
                foreach (var instance in Children(Child(cluster, "SqlInstances"), "SqlInstance"))
                {
                    sqlInstances[Attribute(instance, "UniqueId")] = key;
                }

                return new TopologyFile.Cluster(key, Attribute(cluster, "Fqdn"), (string?)cluster.Attribute("IsSingleMachineOnly") == "true", MachinesOf(Child(cluster, "Machines")), cluster);
            }).ToList(),
            Children(Child(site, "RemoteSites"), "RemoteSite").Select(ReadSite).ToList());

        var sites = Children(Child(topology, "CentralSites"), "CentralSite").Select(ReadSite).ToList();
        var services = Children(Child(topology, "Services"), "Service").Select(service =>
        {
            var installedOn = Attribute(service, "InstalledOn");
            var onSql = sqlInstances.TryGetValue(installedOn, out var cluster);
            return new TopologyFile.Service(
                Attribute(service, "UniqueId"),
                Attribute(service, "RoleName"),
                onSql ? cluster! : installedOn,
                onSql,
                (string?)service.Attribute("ServiceVersion"),
                Children(Child(service, "DependsOn"), "Dependency").Select(d => (string?)d.Attribute("ServiceUniqueId")).OfType<string>().ToList(),
                service);
        }).ToList();
        return new TopologyFile(DomainOf(Child(topology, "InternalDomains")), sites, services);
    }

    // Published: sites, clusters and services are siblings. A cluster is named by ClusterId
    // (SiteId, Number), a service by ServiceId (SiteId, RoleName, Instance); a store is installed
    // on InstalledOn/SqlInstanceId, whose ClusterId is the cluster that runs the instance.
    private static TopologyFile FromPublishedFile(XElement root)
    {
        var clusters = Children(Child(root, "Clusters"), "Cluster")
            .Select(cluster => (Site: (string?)Child(cluster, "ClusterId")?.Attribute("SiteId"), Cluster: new TopologyFile.Cluster(
                ClusterKey(Child(cluster, "ClusterId")),
                Attribute(cluster, "Fqdn"),
                (string?)cluster.Attribute("IsSingleMachineOnly") == "true",
                MachinesOf(cluster),
                cluster)))
            .ToList();
        List<TopologyFile.Cluster> ClustersOf(XElement site) => clusters.Where(c => c.Site == (string?)site.Attribute("SiteId")).Select(c => c.Cluster).ToList();

        var sitesElement = Child(root, "Sites");
        var centralSites = Children(sitesElement, "CentralSite").ToList();
        var flatBranches = (sitesElement?.Elements() ?? []).Where(e => e.Name.LocalName is "RemoteSite" or "BranchSite").ToList();
        var sites = centralSites.Select(site => new TopologyFile.Site(
                Name(site),
                ClustersOf(site),
                Children(Child(site, "RemoteSites"), "RemoteSite")
                    .Concat(flatBranches.Where(branch => CentralSiteOf(branch, centralSites) == site))
                    .Select(branch => new TopologyFile.Site(Name(branch), ClustersOf(branch), []))
                    .ToList()))
            .ToList();

        var services = Children(Child(root, "Services"), "Service")
            .Select(service =>
            {
                var installedOn = Child(service, "InstalledOn");
                var sqlInstance = Child(installedOn, "SqlInstanceId");
                var serviceId = Child(service, "ServiceId");
                return new TopologyFile.Service(
                    ServiceKey(serviceId) ?? "",
                    (string?)serviceId?.Attribute("RoleName") ?? Attribute(service, "RoleName"),
                    ClusterKey(Child(sqlInstance ?? installedOn, "ClusterId")),
                    sqlInstance is not null,
                    (string?)service.Attribute("ServiceVersion"),
                    (Child(service, "DependsOn")?.Descendants() ?? []).Where(e => e.Name.LocalName == "ServiceId").Select(ServiceKey).OfType<string>().ToList(),
                    service);
            })
            .ToList();
        return new TopologyFile(DomainOf(Child(root, "InternalDomains")), sites, services);
    }

    private static string ClusterKey(XElement? clusterId) =>
        clusterId is null ? "" : $"{(string?)clusterId.Attribute("SiteId")}:{(string?)clusterId.Attribute("Number")}";

    private static string? ServiceKey(XElement? serviceId) =>
        serviceId is null ? null : $"{(string?)serviceId.Attribute("SiteId")}:{(string?)serviceId.Attribute("RoleName")}:{(string?)serviceId.Attribute("Instance")}";

    // A branch site listed beside the central sites belongs to the central site whose SiteId one of
    // its *SiteId attributes names (its parent), or to the only central site there is.
    private static XElement CentralSiteOf(XElement branch, List<XElement> centralSites)
    {
        var named = branch.Attributes()
            .Where(a => a.Name.LocalName != "SiteId" && a.Name.LocalName.EndsWith("SiteId", System.StringComparison.Ordinal))
            .SelectMany(a => centralSites.Where(site => (string?)site.Attribute("SiteId") == a.Value))
            .Distinct()
            .ToList();
        return named.Count == 1 ? named[0]
            : centralSites.Count == 1 ? centralSites[0]
            : throw Error(branch, $"the branch site '{Name(branch)}' names no central site of the {centralSites.Count} in the file");
    }

    private static List<TopologyFile.Machine> MachinesOf(XElement? parent) =>
        Children(parent, "Machine")
            .Where(m => !string.IsNullOrWhiteSpace((string?)m.Attribute("Fqdn")))
            .Select(m => new TopologyFile.Machine((string)m.Attribute("Fqdn")!, m))
            .ToList();

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
}
