using System.Collections.Generic;
using System.IO;
using System.Linq;
using XmppTopology.Cli.Analysis;

namespace XmppTopology.Cli.Reports;

/// <summary>Findings for people: grouped by file, one line each (line:column, severity, rule, message), then a count.</summary>
internal static class TextReport
{
    public static void Write(TextWriter output, IReadOnlyList<Finding> findings)
    {
        foreach (var file in findings.GroupBy(f => f.Path))
        {
            output.WriteLine(file.Key);
            foreach (var finding in file)
            {
                output.WriteLine($"  {finding.StartLine}:{finding.Span.StartLinePosition.Character + 1}  {finding.Severity}  {finding.Id}  {finding.Message}");
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
