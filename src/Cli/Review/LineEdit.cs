using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;

namespace XmppTopology.Cli.Review;

/// <summary>
/// Whole lines replaced by whole lines: the unit of a unified diff hunk and of a GitHub suggestion.
/// Lines keep their line breaks, so a file's own line endings pass through unchanged.
/// </summary>
/// <param name="FirstLine">The first replaced line, zero-based.</param>
/// <param name="OldLines">The lines as they are.</param>
/// <param name="NewLines">The lines the fix writes instead.</param>
internal sealed record LineEdit(int FirstLine, IReadOnlyList<string> OldLines, IReadOnlyList<string> NewLines)
{
    /// <summary>Groups changes (sorted, non-overlapping) by the lines they touch: changes that share a line make one edit.</summary>
    public static IReadOnlyList<LineEdit> From(SourceText text, IReadOnlyList<TextChange> changes)
    {
        var edits = new List<LineEdit>();
        var index = 0;
        while (index < changes.Count)
        {
            var first = text.Lines.GetLineFromPosition(changes[index].Span.Start).LineNumber;
            var last = text.Lines.GetLineFromPosition(changes[index].Span.End).LineNumber;
            var group = new List<TextChange> { changes[index++] };
            while (index < changes.Count && text.Lines.GetLineFromPosition(changes[index].Span.Start).LineNumber <= last)
            {
                last = System.Math.Max(last, text.Lines.GetLineFromPosition(changes[index].Span.End).LineNumber);
                group.Add(changes[index++]);
            }

            var span = TextSpan.FromBounds(text.Lines[first].Start, text.Lines[last].EndIncludingLineBreak);
            var oldPart = text.ToString(span);
            var newPart = SourceText.From(oldPart).WithChanges(group.Select(c => new TextChange(new TextSpan(c.Span.Start - span.Start, c.Span.Length), c.NewText ?? ""))).ToString();
            edits.Add(WithoutKeptLastLines(first, SplitLines(oldPart), SplitLines(newPart)));
        }

        return edits;
    }

    // A change that ends where a line starts (a whole line deleted) reaches that line only by its position:
    // the line stays as it is, so it is left out of the edit (a suggestion then selects the deleted line
    // alone). One old line always stays, since an edit of no line has no line to anchor a suggestion to.
    private static LineEdit WithoutKeptLastLines(int firstLine, IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines)
    {
        var kept = 0;
        while (oldLines.Count - kept > 1 && newLines.Count - kept > 0 && oldLines[^(kept + 1)] == newLines[^(kept + 1)])
        {
            kept++;
        }

        return new LineEdit(firstLine, oldLines.Take(oldLines.Count - kept).ToList(), newLines.Take(newLines.Count - kept).ToList());
    }

    /// <summary>The lines of a text, each with its line break (the last one may have none).</summary>
    public static IReadOnlyList<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }
}
