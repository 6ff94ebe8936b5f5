using System;
using System.Collections.Generic;
using System.Linq;

namespace XmppTopology.Cli.Review;

/// <summary>The sentences that review.md and the GitHub review share, so both say the same thing the same way.</summary>
internal static class ReviewText
{
    public const string Heading = "## XmppTopology review\n\n";

    public const string Overlaps = "This fix overlaps the fix of an earlier finding, so it is not in `fixes.patch`: apply the patch, then run the review again.";

    /// <summary>How many findings were reviewed and how many have a fix, or that there is none.</summary>
    public static string Counts(IReadOnlyList<ReviewItem> items, string? baseRef)
    {
        var scope = baseRef is null ? "" : $" on lines changed since `{baseRef}`";
        if (items.Count == 0)
        {
            return $"No finding{scope}.";
        }

        return $"{items.Count} finding(s){scope}, {items.Count(i => i.Fix is not null)} with a suggested fix. All the fixes together are in `fixes.patch`: `git apply fixes.patch` at the repository root.";
    }

    /// <summary>"line 7" or "lines 7-9" (one-based).</summary>
    public static string Lines(int first, int last) => first == last ? $"line {first}" : $"lines {first}-{last}";

    /// <summary>Why a finding has no fix: its rule has none, or none of its rule's fixes applies here.</summary>
    public static string NoFix(ReviewItem item) => item.RuleHasFixes
        ? "No automatic fix applies here (see the rule's page); it may be the consequence of another finding, so apply the other fixes first."
        : "No automatic fix: this rule needs a decision only a person can make (see the rule's page).";

    /// <summary>A fix as a fenced unified diff, for a fix that no suggestion can show.</summary>
    public static string DiffBlock(FixProposal fix)
    {
        var diff = UnifiedDiff.Create(fix.Edits);
        var fence = Fence(diff);
        return $"{fence}diff\n{diff.TrimEnd('\n')}\n{fence}\n";
    }

    /// <summary>A fence longer than any run of backticks in the block, so the code cannot close it.</summary>
    public static string Fence(string content)
    {
        var longest = 0;
        var run = 0;
        foreach (var character in content)
        {
            run = character == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return new string('`', Math.Max(3, longest + 1));
    }
}
