using System.Collections.Generic;

namespace XmppTopology.Cli.Diff;

/// <summary>The differences, and what was not compared and why.</summary>
internal sealed record DiffResult(IReadOnlyList<Difference> Differences, IReadOnlyList<string> NotCompared);
