using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using XmppTopology.Cli.Analysis;

namespace XmppTopology.Cli.Review;

/// <summary>
/// The review as GitHub takes it (github-review.json): each finding is a review comment on the
/// diff's lines, its fix a ```suggestion block that GitHub commits in one click, or an entry in
/// the review's summary when GitHub would refuse the comment (it takes comments only on lines the
/// pull request changes). A suggestion's comment selects exactly the lines its block replaces.
/// </summary>
internal static class GitHubReviewWriter
{
    // Not REQUEST_CHANGES: where reviews are required it blocks the merge until dismissed or approved,
    // which a workflow's token may not do by default, so the run after the fix could not lift it;
    // the job's status is what gates the merge.
    private const string Event = "COMMENT";

    // GitHub refuses a whole review whose body is over 65,536 characters: an imported deployment's
    // thousand older findings are counted, and the first of them listed.
    private const int ListedOutside = 50;

    /// <param name="items">The findings reviewed (with --base, those on changed lines) and their fixes.</param>
    /// <param name="outside">With --base, the findings on lines the pull request does not change.</param>
    /// <param name="changed">The changed lines, or null without --base: then every line may carry a comment.</param>
    /// <param name="baseRef">The --base ref, or null.</param>
    public static GitHubReview Create(IReadOnlyList<ReviewItem> items, IReadOnlyList<Finding> outside, ChangedLines? changed, string? baseRef)
    {
        var comments = new List<GitHubReviewComment>();
        var notes = new List<ReviewItem>();
        foreach (var item in items)
        {
            if (Comment(item, changed) is { } comment)
            {
                comments.Add(comment);
            }
            else
            {
                notes.Add(item);
            }
        }

        return new GitHubReview(Event, Summary(items, comments.Count, notes, outside, baseRef), comments);
    }

    private static GitHubReviewComment? Comment(ReviewItem item, ChangedLines? changed)
    {
        var finding = item.Finding;
        if (item.Fix is { } fix)
        {
            // The suggestion's own lines, wherever the finding is (XMPP005's fix is on the Edge's declaration): all in one run of the diff.
            if (Suggestion.For(fix) is not { } suggestion || InDiff(changed, suggestion.Path, suggestion.FirstLine, suggestion.LastLine) != (suggestion.FirstLine, suggestion.LastLine))
            {
                return null;
            }

            var body = new StringBuilder(About(finding));
            body.Append(CultureInfo.InvariantCulture, $"\n\nSuggested fix: {fix.Title}.");
            if (suggestion.Path != finding.Path)
            {
                body.Append(CultureInfo.InvariantCulture, $" The finding is at `{finding.Path}` {ReviewText.Lines(finding.StartLine, finding.EndLine)}; its fix is on these lines.");
            }

            if (!item.InPatch)
            {
                body.Append("\n\n").Append(ReviewText.Overlaps);
            }

            body.Append("\n\n").Append(suggestion.Block());
            return GitHubReviewComment.OnLines(suggestion.Path, suggestion.FirstLine, suggestion.LastLine, body.ToString());
        }

        // No fix: the comment says so on the finding's lines, or the part of them in the diff. Generated code is no file of the pull request.
        if (finding.Document is null || InDiff(changed, finding.Path, finding.StartLine, finding.EndLine) is not { } lines)
        {
            return null;
        }

        return GitHubReviewComment.OnLines(finding.Path, lines.First, lines.Last, $"{About(finding)}\n\n{ReviewText.NoFix(item)}\n");
    }

    // The part of the lines that a comment can select: all of them without --base, else those in the first run of changed lines.
    private static (int First, int Last)? InDiff(ChangedLines? changed, string path, int firstLine, int lastLine) =>
        changed is null ? (firstLine, lastLine) : changed.ChangedPart(path, firstLine, lastLine);

    private static string About(Finding finding) => $"**{finding.Id}** ({finding.Severity}): {Explanation(finding)}";

    private static string Explanation(Finding finding)
    {
        var link = finding.Diagnostic.Descriptor.HelpLinkUri;
        return $"{finding.Message}{(string.IsNullOrEmpty(link) ? "" : $"\n\n[About {finding.Id}]({link})")}";
    }

    private static string Summary(IReadOnlyList<ReviewItem> items, int commentCount, List<ReviewItem> notes, IReadOnlyList<Finding> outside, string? baseRef)
    {
        var text = new StringBuilder(ReviewText.Heading).Append(ReviewText.Counts(items, baseRef));
        if (items.Count > 0)
        {
            text.Append(notes.Count == 0
                ? " Each is a review comment on its lines."
                : $" {commentCount} are review comments on their lines; {notes.Count} below, which GitHub cannot take as a comment there.");
        }

        text.Append('\n');
        foreach (var item in notes)
        {
            AppendNote(text, item);
        }

        if (outside.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n### Outside this pull request's changes\n\n{outside.Count} finding(s) on lines this pull request does not change (GitHub takes review comments on the diff's lines only):\n\n");
            foreach (var finding in outside.Take(ListedOutside))
            {
                text.Append(CultureInfo.InvariantCulture, $"- `{finding.Path}` {ReviewText.Lines(finding.StartLine, finding.EndLine)}: {finding.Id} ({finding.Severity}) {finding.Message}\n");
            }

            if (outside.Count > ListedOutside)
            {
                text.Append(CultureInfo.InvariantCulture, $"- and {outside.Count - ListedOutside} more: `xmpp-topology check` lists them all.\n");
            }
        }

        return text.ToString();
    }

    // A finding in the diff whose fix cannot be a suggestion on the diff's lines: the fix as a patch.
    private static void AppendNote(StringBuilder text, ReviewItem item)
    {
        var finding = item.Finding;
        text.Append(CultureInfo.InvariantCulture, $"\n### {finding.Id} ({finding.Severity}): `{finding.Path}` {ReviewText.Lines(finding.StartLine, finding.EndLine)}\n\n{Explanation(finding)}\n\n");
        if (item.Fix is not { } fix)
        {
            text.Append(ReviewText.NoFix(item)).Append('\n');
            return;
        }

        var why = Suggestion.For(fix) is { } suggestion
            ? $"it changes `{suggestion.Path}` {ReviewText.Lines(suggestion.FirstLine, suggestion.LastLine)}, {(suggestion.FirstLine == suggestion.LastLine ? "which this pull request does not change" : "not all of them changed by this pull request")}"
            : fix.Edits.Length > 1
                ? $"it changes {string.Join(", ", fix.Edits.Select(e => $"`{e.Path}`"))}, and a suggestion changes one file"
                : "it adds text after the file's last line, where no suggestion can be anchored";
        text.Append(CultureInfo.InvariantCulture, $"Suggested fix: {fix.Title}. It cannot be a suggestion: {why}. {(item.InPatch ? "It is in `fixes.patch`:" : ReviewText.Overlaps + " The fix alone:")}\n\n");
        text.Append(ReviewText.DiffBlock(fix));
    }
}
