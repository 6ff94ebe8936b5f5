using System.Collections.Generic;

namespace XmppTopology.Cli.Import;

/// <summary>
/// What a Topology Builder file says that the DSL can say, and, for its header, what it cannot:
/// <see cref="NotImported"/> lists the roles and stores the DSL does not model,
/// <see cref="Notes"/> what was read but deserves a word (Lync Server 2010 elements, federation).
/// </summary>
internal sealed record ImportedTopology(string Domain, IReadOnlyList<ImportedSite> Sites, IReadOnlyList<string> NotImported, IReadOnlyList<string> Notes);
