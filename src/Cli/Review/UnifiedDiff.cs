using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace XmppTopology.Cli.Review;

/// <summary>A unified diff in git's form (a/ and b/ paths, three lines of context), which `git apply` takes.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(IEnumerable<DocumentEdit> documents)
    {
        var patch = new StringBuilder();
        foreach (var document in documents)
        {
            AppendFile(patch, document);
        }

        return patch.ToString();
    }

    private static void AppendFile(StringBuilder patch, DocumentEdit document)
    {
        var lines = LineEdit.SplitLines(document.OriginalText.ToString());
        var edits = LineEdit.From(document.OriginalText, document.Changes);
        patch.Append(CultureInfo.InvariantCulture, $"diff --git a/{document.Path} b/{document.Path}\n--- a/{document.Path}\n+++ b/{document.Path}\n");

        // Edits whose context lines meet share one hunk, as diff does.
        var lineShift = 0;
        var index = 0;
        while (index < edits.Count)
        {
            var hunk = new List<LineEdit> { edits[index++] };
            while (index < edits.Count && edits[index].FirstLine - End(hunk[^1]) <= 2 * Context)
            {
                hunk.Add(edits[index++]);
            }

            var start = Math.Max(0, hunk[0].FirstLine - Context);
            var end = Math.Min(lines.Count, End(hunk[^1]) + Context);
            var body = new StringBuilder();
            int oldCount = 0, newCount = 0, line = start;
            foreach (var edit in hunk)
            {
                for (; line < edit.FirstLine; line++, oldCount++, newCount++)
                {
                    AppendLine(body, ' ', lines[line]);
                }

                foreach (var old in edit.OldLines)
                {
                    AppendLine(body, '-', old);
                    oldCount++;
                }

                foreach (var added in edit.NewLines)
                {
                    AppendLine(body, '+', added);
                    newCount++;
                }

                line = End(edit);
            }

            for (; line < end; line++, oldCount++, newCount++)
            {
                AppendLine(body, ' ', lines[line]);
            }

            var newStart = start + lineShift;
            patch.Append(CultureInfo.InvariantCulture, $"@@ -{Position(start, oldCount)} +{Position(newStart, newCount)} @@\n").Append(body);
            lineShift += hunk.Sum(e => e.NewLines.Count - e.OldLines.Count);
        }
    }

    private static int End(LineEdit edit) => edit.FirstLine + edit.OldLines.Count;

    // One-based start and count; an empty side names the line before it, as diff does.
    private static string Position(int start, int count) => count == 0 ? $"{start},0" : $"{start + 1},{count}";

    private static void AppendLine(StringBuilder body, char marker, string line)
    {
        body.Append(marker).Append(line);
        if (!line.EndsWith('\n'))
        {
            body.Append("\n\\ No newline at end of file\n");
        }
    }
}
