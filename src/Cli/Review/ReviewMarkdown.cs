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
        text.Append(ReviewText.Heading).Append(ReviewText.Counts(items, baseRef)).Append('\n');
        for (var index = 0; index < items.Count; index++)
        {
            AppendItem(text, index + 1, items[index]);
        }

        return text.ToString();
    }

    private static void AppendItem(StringBuilder text, int number, ReviewItem item)
    {
        var finding = item.Finding;
        text.Append(CultureInfo.InvariantCulture, $"\n### {number}. {finding.Id} ({finding.Severity}): `{finding.Path}` {ReviewText.Lines(finding.StartLine, finding.EndLine)}\n\n");
        text.Append(finding.Message).Append('\n');
        if (!string.IsNullOrEmpty(finding.Diagnostic.Descriptor.HelpLinkUri))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n[About {finding.Id}]({finding.Diagnostic.Descriptor.HelpLinkUri})\n");
        }

        if (item.Fix is not { } fix)
        {
            text.Append('\n').Append(ReviewText.NoFix(item)).Append('\n');
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"\nSuggested fix: {fix.Title}.\n");
        if (!item.InPatch)
        {
            text.Append('\n').Append(ReviewText.Overlaps).Append('\n');
        }

        if (Suggestion.For(fix) is { } suggestion)
        {
            if (suggestion.Path != finding.Path)
            {
                text.Append("\nThe fix is in another file than the finding.\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"\n<!-- xmpp-topology suggestion: path={suggestion.Path} start_line={suggestion.FirstLine} line={suggestion.LastLine} -->\n");
            text.Append(CultureInfo.InvariantCulture, $"On `{suggestion.Path}` {ReviewText.Lines(suggestion.FirstLine, suggestion.LastLine)}:\n\n{suggestion.Block()}");
            return;
        }

        // A suggestion replaces the lines it is anchored to, in one file: this fix cannot be one.
        var files = string.Join(", ", fix.Edits.Select(e => $"`{e.Path}`"));
        text.Append(CultureInfo.InvariantCulture, $"\nThis fix changes {files}; a suggestion can only change the lines it is anchored to, so it cannot show it{(item.InPatch ? "; it is in `fixes.patch`" : "")}:\n\n");
        text.Append(ReviewText.DiffBlock(fix));
    }
}
