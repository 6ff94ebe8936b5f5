using System.Collections.Generic;
using System.IO;
using System.Linq;
using XmppTopology.Cli.Analysis;

namespace XmppTopology.Cli.Reports;

/// <summary>Findings for people: grouped by file, one line each (line:column, severity, rule, message) in aligned columns, then a count.</summary>
internal static class TextReport
{
    public static void Write(TextWriter output, IReadOnlyList<Finding> findings)
    {
        // One width per column over the whole report, so every file's lines line up.
        static string Position(Finding f) => $"{f.StartLine}:{f.Span.StartLinePosition.Character + 1}";
        var positionWidth = findings.Select(f => Position(f).Length).DefaultIfEmpty(0).Max();
        var severityWidth = findings.Select(f => f.Severity.Length).DefaultIfEmpty(0).Max();
        var idWidth = findings.Select(f => f.Id.Length).DefaultIfEmpty(0).Max();
        foreach (var file in findings.GroupBy(f => f.Path))
        {
            output.WriteLine(file.Key);
            foreach (var finding in file)
            {
                output.WriteLine($"  {Position(finding).PadRight(positionWidth)}  {finding.Severity.PadRight(severityWidth)}  {finding.Id.PadRight(idWidth)}  {finding.Message}");
            }

            output.WriteLine();
        }

        output.WriteLine(Summary(findings));
    }

    public static string Summary(IReadOnlyList<Finding> findings)
    {
        int Count(string severity) => findings.Count(f => f.Severity == severity);
        var files = findings.Select(f => f.Path).Distinct().Count();
        return $"{Count("error")} error(s), {Count("warning")} warning(s), {Count("info")} info(s) in {files} file(s)";
    }
}
