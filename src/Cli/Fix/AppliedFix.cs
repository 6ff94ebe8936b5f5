using XmppTopology.Cli.Analysis;
using XmppTopology.Cli.Review;

namespace XmppTopology.Cli.Fix;

/// <summary>A finding's preferred fix as a pass applied it; the finding's position is the one that pass saw.</summary>
internal sealed record AppliedFix(int Pass, Finding Finding, FixProposal Fix);
