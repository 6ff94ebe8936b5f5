using System.Linq;
using System.Text;

namespace XmppTopology.Cli.Review;

/// <summary>
/// A fix as a GitHub suggestion: the lines to select (one-based, inclusive) and what replaces them.
/// Only a fix confined to one document can be one, since a suggestion replaces the lines it is anchored to.
/// </summary>
/// <param name="Path">The file, relative to the report's root, with forward slashes.</param>
/// <param name="FirstLine">The first selected line.</param>
/// <param name="LastLine">The last selected line.</param>
/// <param name="Replacement">The lines that replace them, each ending with a line break (\n); empty when the fix deletes them.</param>
internal sealed record Suggestion(string Path, int FirstLine, int LastLine, string Replacement)
{
    public static Suggestion? For(FixProposal fix)
    {
        if (fix.Edits.Length != 1)
        {
            return null;
        }

        var document = fix.Edits[0];
        var edits = LineEdit.From(document.OriginalText, document.Changes);
        if (edits.Any(e => e.OldLines.Count == 0))
        {
            return null; // text added after the last line: there is no line to anchor it to
        }

        // One range from the first edited line to the last, unchanged lines between kept as they are.
        var lines = document.OriginalText.Lines;
        var replacement = new StringBuilder();
        var line = edits[0].FirstLine;
        foreach (var edit in edits)
        {
            for (; line < edit.FirstLine; line++)
            {
                replacement.Append(document.OriginalText.ToString(lines[line].SpanIncludingLineBreak));
            }

            replacement.Append(string.Concat(edit.NewLines));
            line = edit.FirstLine + edit.OldLines.Count;
        }

        // The file's last line may have no line break; the block's lines all end with one.
        var text = replacement.ToString().Replace("\r\n", "\n", System.StringComparison.Ordinal);
        text = text.Length == 0 || text.EndsWith('\n') ? text : text + "\n";
        return new Suggestion(document.Path, edits[0].FirstLine + 1, line, text);
    }

    /// <summary>The fenced ```suggestion block: its lines replace the selected ones (none: they are deleted).</summary>
    public string Block()
    {
        var fence = ReviewText.Fence(Replacement);
        return $"{fence}suggestion\n{Replacement}{fence}\n";
    }
}
