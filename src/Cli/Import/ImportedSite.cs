using System.Collections.Generic;

namespace XmppTopology.Cli.Import;

/// <summary>A central site with its branch sites, or a branch site.</summary>
internal sealed record ImportedSite(string Name, IReadOnlyList<ImportedPool> Pools, IReadOnlyList<ImportedSite> BranchSites);
