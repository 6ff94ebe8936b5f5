using System.IO;
using System.Linq;
using XmppTopology.Cli.Analysis;
using XmppTopology.Cli.Reports;

namespace XmppTopology.Cli.Fix;

/// <summary>
/// What `fix` did, for people: per changed file, each fix applied (where its finding was,
/// the rule, the fix's title), the findings that went with those fixes, what was rolled back,
/// and the findings left with the reason each has no fix.
/// </summary>
internal static class FixReport
{
    public static void Write(TextWriter output, FixOutcome outcome, bool written)
    {
        foreach (var file in outcome.Files)
        {
            output.WriteLine(file.Path);
            foreach (var fix in outcome.Applied.Where(a => a.Fix.Edits.Any(e => e.Path == file.Path)))
            {
                var finding = fix.Finding;
                var elsewhere = finding.Path == file.Path ? "" : $" (for {finding.Path})";
                output.WriteLine($"  {Position(finding)}  {finding.Id}  {fix.Fix.Title}{elsewhere}");
            }

            output.WriteLine();
        }

        foreach (var line in outcome.RolledBack)
        {
            output.WriteLine("rolled back: " + line);
        }

        if (outcome.RolledBack.Count > 0)
        {
            output.WriteLine();
        }

        if (outcome.Gone.Count > 0)
        {
            output.WriteLine("Gone with those fixes, having none of their own:");
            foreach (var finding in outcome.Gone)
            {
                output.WriteLine($"  {finding.Path} {Position(finding)}  {finding.Id}");
            }

            output.WriteLine();
        }

        var verb = written ? "Fixed" : "Would fix";
        output.WriteLine($"{verb} {outcome.Applied.Count} finding(s) in {outcome.Files.Count} file(s) in {outcome.Passes} pass(es).");
        if (outcome.Left.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Left, each with why it has no fix:");
            foreach (var file in outcome.Left.GroupBy(l => l.Finding.Path))
            {
                output.WriteLine(file.Key);
                foreach (var (finding, why) in file)
                {
                    output.WriteLine($"  {Position(finding)}  {finding.Severity}  {finding.Id}  {finding.Message}");
                    output.WriteLine($"      {why}");
                }
            }

            output.WriteLine();
        }

        output.WriteLine("Left: " + TextReport.Summary([.. outcome.Left.Select(l => l.Finding)]));
    }

    private static string Position(Finding finding) => $"{finding.StartLine}:{finding.Span.StartLinePosition.Character + 1}";
}
