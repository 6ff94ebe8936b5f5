using System.Collections.Generic;
using XmppTopology.Cli.Analysis;

namespace XmppTopology.Cli.Fix;

/// <summary>
/// What the passes did: the fixes applied, the files they changed, the findings left (of the
/// rules asked for) with why each has no fix, and the findings that went with other fixes.
/// </summary>
internal sealed record FixOutcome(
    IReadOnlyList<AppliedFix> Applied,
    IReadOnlyList<FixedFile> Files,
    IReadOnlyList<Finding> Gone,
    IReadOnlyList<(Finding Finding, string Why)> Left,
    IReadOnlyList<string> RolledBack,
    int Passes);
