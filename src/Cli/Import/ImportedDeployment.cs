using System.Collections.Generic;

namespace XmppTopology.Cli.Import;

/// <summary>A topology file with what the cmdlets' exports add to it: users, external access policies, XMPP partners.</summary>
internal sealed record ImportedDeployment(ImportedTopology Topology, string TopologySource)
{
    public ImportedUsers? Users { get; init; }

    public IReadOnlyList<ImportedPolicy> Policies { get; init; } = [];

    public IReadOnlyList<ImportedPartner> Partners { get; init; } = [];

    public IReadOnlyList<string> ExportSources { get; init; } = [];
}
