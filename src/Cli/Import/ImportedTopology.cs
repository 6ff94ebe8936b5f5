using System.Collections.Generic;

namespace XmppTopology.Cli.Import;

/// <summary>What a Topology Builder file says that the DSL can say, and what it cannot.</summary>
internal sealed record ImportedTopology(string Domain, IReadOnlyList<ImportedSite> Sites, IReadOnlyList<string> NotImported);

/// <summary>A central site with its branch sites, or a branch site.</summary>
internal sealed record ImportedSite(string Name, IReadOnlyList<ImportedPool> Pools, IReadOnlyList<ImportedSite> BranchSites);

/// <summary>A cluster that maps to a pool of the DSL.</summary>
internal sealed record ImportedPool(string Fqdn, PoolKind Kind, string Version, IReadOnlyList<string> Machines, bool XmppProxy);

/// <summary>The DSL method that declares each kind of pool.</summary>
internal enum PoolKind
{
    FrontEndPool,
    StandardEditionServer,
    EdgePool,
    DirectorPool,
    SurvivableBranchAppliance,
}
