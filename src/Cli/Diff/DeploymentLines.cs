using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using XmppTopology.Cli.Import;

namespace XmppTopology.Cli.Diff;

/// <summary>
/// Where a topology file declares each cluster (by FQDN), in both the Topology Builder and the
/// published form: the imported model has the facts, this has their lines.
/// </summary>
internal sealed class DeploymentLines(string path, IReadOnlyDictionary<string, int> clusters)
{
    public static DeploymentLines Read(string path, string shownAs)
    {
        using var stream = System.IO.File.OpenRead(path);
        var clusters = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var cluster in SafeXml.Load(stream).Descendants().Where(e => e.Name.LocalName == "Cluster"))
        {
            if ((string?)cluster.Attribute("Fqdn") is { Length: > 0 } fqdn)
            {
                clusters.TryAdd(fqdn, ((IXmlLineInfo)cluster).LineNumber);
            }
        }

        return new DeploymentLines(shownAs, clusters);
    }

    public SourceLine File { get; } = new(path, 0);

    public SourceLine Of(string fqdn) => clusters.TryGetValue(fqdn, out var line) ? new SourceLine(path, line) : File;
}
