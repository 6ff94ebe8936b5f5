using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace XmppTopology.Cli.Review;

/// <summary>
/// The review as Markdown for a pull request: per finding, where it is, what is wrong, and its
/// fix as a GitHub ```suggestion block for the lines it names (file and line range in the
/// heading), or why it has none.
/// </summary>
internal static class ReviewMarkdown
{
    public static string Write(IReadOnlyList<ReviewItem> items, string? baseRef)
    {
        var text = new StringBuilder();
        text.Append("## XmppTopology review\n\n");
        var scope = baseRef is null ? "" : $" on lines changed since `{baseRef}`";
        if (items.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"No finding{scope}.\n");
            return text.ToString();
        }

        var fixable = items.Count(i => i.Fix is not null);
        text.Append(CultureInfo.InvariantCulture, $"{items.Count} finding(s){scope}, {fixable} with a suggested fix. ");
        text.Append("All the fixes together are in `fixes.patch`: `git apply fixes.patch` at the repository root.\n");

        for (var index = 0; index < items.Count; index++)
        {
            AppendItem(text, index + 1, items[index]);
        }

        return text.ToString();
    }

    private static void AppendItem(StringBuilder text, int number, ReviewItem item)
    {
        var finding = item.Finding;
        var lines = finding.StartLine == finding.EndLine ? $"line {finding.StartLine}" : $"lines {finding.StartLine}-{finding.EndLine}";
        text.Append(CultureInfo.InvariantCulture, $"\n### {number}. {finding.Id} ({finding.Severity}): `{finding.Path}` {lines}\n\n");
        text.Append(finding.Message).Append('\n');
        if (!string.IsNullOrEmpty(finding.Diagnostic.Descriptor.HelpLinkUri))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n[About {finding.Id}]({finding.Diagnostic.Descriptor.HelpLinkUri})\n");
        }

        if (item.Fix is not { } fix)
        {
            text.Append(item.RuleHasFixes
                ? "\nNo automatic fix applies here (see the rule's page); it may be the consequence of another finding, so apply the other fixes first.\n"
                : "\nNo automatic fix: this rule needs a decision only a person can make (see the rule's page).\n");
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"\nSuggested fix: {fix.Title}.\n");
        if (!item.InPatch)
        {
            text.Append("\nThis fix overlaps the fix of an earlier finding, so it is not in `fixes.patch`: apply the patch, then run the review again.\n");
        }

        if (Suggestion.For(fix) is { } suggestion)
        {
            var range = suggestion.FirstLine == suggestion.LastLine ? $"line {suggestion.FirstLine}" : $"lines {suggestion.FirstLine}-{suggestion.LastLine}";
            var fence = Fence(suggestion.Replacement);
            if (suggestion.Path != finding.Path)
            {
                text.Append("\nThe fix is in another file than the finding.\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"\n<!-- xmpp-topology suggestion: path={suggestion.Path} start_line={suggestion.FirstLine} line={suggestion.LastLine} -->\n");
            text.Append(CultureInfo.InvariantCulture, $"On `{suggestion.Path}` {range}:\n\n{fence}suggestion\n{suggestion.Replacement}\n{fence}\n");
            return;
        }

        // A suggestion replaces the lines it is anchored to, in one file: this fix cannot be one.
        var files = string.Join(", ", fix.Edits.Select(e => $"`{e.Path}`"));
        text.Append(CultureInfo.InvariantCulture, $"\nThis fix changes {files}; a suggestion can only change the lines it is anchored to, so it cannot show it{(item.InPatch ? "; it is in `fixes.patch`" : "")}:\n\n");
        var diff = UnifiedDiff.Create(fix.Edits);
        var diffFence = Fence(diff);
        text.Append(CultureInfo.InvariantCulture, $"{diffFence}diff\n{diff.TrimEnd('\n')}\n{diffFence}\n");
    }

    // A fence longer than any run of backticks in the block, so the code cannot close it.
    private static string Fence(string content)
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
