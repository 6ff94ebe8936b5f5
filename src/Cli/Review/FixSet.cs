using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Cli.Analysis;

namespace XmppTopology.Cli.Review;

/// <summary>
/// All findings' preferred fixes as one change set, for the patch. Each fix was computed alone
/// against the loaded code; fixes that make the same change (several users of one Users(...)
/// call) count once, and a fix that overlaps an earlier one differently stays out of the patch
/// (the review says so: apply the patch and review again).
/// </summary>
internal sealed class FixSet
{
    private FixSet(IReadOnlyList<ReviewItem> items, IReadOnlyList<DocumentEdit> documents)
    {
        Items = items;
        Documents = documents;
    }

    public IReadOnlyList<ReviewItem> Items { get; }

    /// <summary>The documents the patch changes, by path, each with every accepted change.</summary>
    public IReadOnlyList<DocumentEdit> Documents { get; }

    public static FixSet Merge(IEnumerable<(Finding Finding, FixProposal? Fix, bool RuleHasFixes)> proposals)
    {
        var accepted = new Dictionary<string, (SourceText Text, List<TextChange> Changes)>(StringComparer.Ordinal);
        var items = new List<ReviewItem>();
        foreach (var (finding, fix, ruleHasFixes) in proposals)
        {
            var fits = fix is not null && fix.Edits.All(edit => !accepted.TryGetValue(edit.Path, out var document) || edit.Changes.All(c => Fits(c, document.Changes)));
            if (fits)
            {
                foreach (var edit in fix!.Edits)
                {
                    if (!accepted.TryGetValue(edit.Path, out var document))
                    {
                        accepted[edit.Path] = document = (edit.OriginalText, []);
                    }

                    document.Changes.AddRange(edit.Changes.Where(c => !document.Changes.Contains(c)));
                }
            }

            items.Add(new ReviewItem(finding, fix, fits, ruleHasFixes));
        }

        var documents = accepted
            .OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => new DocumentEdit(d.Key, d.Value.Text, d.Value.Changes.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.End).ToImmutableArray()))
            .ToList();
        return new FixSet(items, documents);
    }

    // The same change again is fine; a different change that touches the same text is not, nor two insertions at one place.
    private static bool Fits(TextChange change, List<TextChange> accepted) =>
        accepted.All(other => other.Equals(change) || Disjoint(change.Span, other.Span));

    private static bool Disjoint(TextSpan a, TextSpan b) =>
        (a.End <= b.Start || b.End <= a.Start) && !(a.IsEmpty && b.IsEmpty && a.Start == b.Start);
}
