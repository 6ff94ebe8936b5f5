using XmppTopology.Cli.Analysis;

namespace XmppTopology.Cli.Review;

/// <summary>A finding under review: its preferred fix if it has one, and whether that fix made it into the patch.</summary>
/// <param name="Finding">The finding.</param>
/// <param name="Fix">Its preferred fix; null when its rule has none (TOPO002, TOPO005) or no fix applies here.</param>
/// <param name="InPatch">False when the fix overlaps an earlier finding's fix: applying both at once is not possible.</param>
/// <param name="RuleHasFixes">Whether the rule has code fixes at all (those of XMPP005 need a legacy Edge that stays, for instance).</param>
internal sealed record ReviewItem(Finding Finding, FixProposal? Fix, bool InPatch, bool RuleHasFixes);
