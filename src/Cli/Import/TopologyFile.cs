using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace XmppTopology.Cli.Import;

/// <summary>
/// The two XML forms of a topology reduced to one shape: sites with their clusters, and services
/// by the cluster they are installed on (directly, or through one of its SQL Server instances).
/// </summary>
internal sealed record TopologyFile(string Domain, IReadOnlyList<TopologyFile.Site> Sites, IReadOnlyList<TopologyFile.Service> Services)
{
    public sealed record Site(string Name, IReadOnlyList<Cluster> Clusters, IReadOnlyList<Site> Branches);

    public sealed record Cluster(string Key, string Fqdn, bool SingleMachine, IReadOnlyList<Machine> Machines, XElement Element);

    public sealed record Machine(string Fqdn, XElement Element);

    /// <summary>A service; <see cref="OnSqlInstance"/> when it is installed on a SQL Server instance of its cluster (the stores).</summary>
    public sealed record Service(string Key, string Role, string ClusterKey, bool OnSqlInstance, string? Version, IReadOnlyList<string> DependsOn, XElement Element)
    {
        /// <summary>A Registrar that Topology Builder marks as a Director.</summary>
        public bool IsDirector => Element.Descendants().Any(e => e.Name.LocalName == "RegistrarService" && (string?)e.Attribute("IsDirector") == "true");

        /// <summary>
        /// "Enable XMPP federation (port 5269)": the XMPP proxy's ports on an Edge; null when the
        /// Edge lists no port at all, so the file does not say.
        /// </summary>
        public bool? HasXmppProxy => !Ports.Any() ? null : Ports.Any(p => Owner(p) == "urn:component:XmppFederationProxy");

        /// <summary>
        /// "Enable federation (port 5061)": the Access Edge listens for federated servers on the
        /// external interface, a SIP server port with mutual TLS (clients use its SIP client port;
        /// Microsoft's Edge port summaries give Access/SIP(MTLS)/TCP/5061 as the port of federated
        /// and public IM connectivity). Null when the Edge lists no Access Edge port, which every
        /// Edge has (its internal SIP port), so the file does not say.
        /// </summary>
        public bool? HasFederation => !Ports.Any(p => Owner(p) == "urn:component:AccessEdge") ? null : Ports.Any(p =>
            Owner(p) == "urn:component:AccessEdge"
            && (string?)p.Attribute("Usage") == "SipServer"
            && (string?)p.Attribute("InterfaceSide") == "External"
            && (string?)p.Attribute("Protocol") == "Mtls");

        private IEnumerable<XElement> Ports => Element.Elements().Where(e => e.Name.LocalName == "Ports").Elements().Where(e => e.Name.LocalName == "Port");

        private static string? Owner(XElement port) => (string?)port.Attribute("Owner");
    }
}
