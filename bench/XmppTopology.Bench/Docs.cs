using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace XmppTopology.Bench;

/// <summary>
/// Writes the figures of one full run into docs/performance.md, between its figure markers, so the
/// page's own text (what the figures mean, what changed them) stays.
/// </summary>
internal static class Docs
{
    public static void Write(
        object figures,
        (double Compile, double Analyzer, int Diagnostics) one,
        double netAnalyzers,
        (double Ours, double Empty) allocated,
        (double Median, double Empty, double Infrastructure, long Joins, long Checks) edit,
        double noDsl,
        string scalingNote,
        long peakBytes)
    {
        var page = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        page.AppendLine(Begin);
        page.AppendLine(invariant, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, by `dotnet run -c Release --project bench/XmppTopology.Bench -- --write-docs`.");
        page.AppendLine("Synthetic topology at 1x: 1,000 pools, 100,000 users, 200 files, 10 % XMPP users, 1 % violations. Execution times from Roslyn's analyzer telemetry, sequential (`concurrentAnalysis: false`).");
        page.AppendLine();
        page.AppendLine("| figure | value | target |");
        page.AppendLine("|---|---|---|");
        page.AppendLine(invariant, $"| compile (binding + emit), no analyzers, median of 5 | {one.Compile:N0} ms | |");
        page.AppendLine(invariant, $"| our analyzer, median of 5 | {one.Analyzer:N0} ms ({one.Diagnostics:N0} diagnostics) | |");
        page.AppendLine(invariant, $"| analyzer_over_compile | {one.Analyzer / one.Compile:N3} | ≤ 0.10 (stretch 0.05) |");
        page.AppendLine(invariant, $"| allocated while analyzing, ours beyond an empty semantic-model analyzer | {allocated.Ours - allocated.Empty:N1} MB (of {allocated.Ours:N1} MB) | |");
        page.AppendLine(invariant, $"| .NET analyzers (SDK's, recommended level) | {netAnalyzers:N0} ms | |");
        page.AppendLine(invariant, $"| analyzer_over_netanalyzers | {one.Analyzer / netAnalyzers:N3} | ≤ 1 |");
        page.AppendLine(invariant, $"| edit_ms_median (a users file's diagnostics after a one-line edit) | {edit.Median:N1} ms | ≤ 20 ms and ≤ 1.5 × empty |");
        page.AppendLine(invariant, $"| edit_ms_empty_analyzer | {edit.Empty:N1} ms | |");
        page.AppendLine(invariant, $"| those 20 edits: infrastructure joins, users files checked | {edit.Joins}, {edit.Checks} | 0, 20 |");
        page.AppendLine(invariant, $"| an edit of the topology file (re-joins everything) | {edit.Infrastructure:N1} ms | |");
        page.AppendLine(invariant, $"| no_dsl_overhead_ms | {noDsl:N2} ms | ≤ 2 ms |");
        page.AppendLine(invariant, $"| scaling_10x ({scalingNote}) | {Json(figures, "scaling_10x")} | ≤ 11 |");
        page.AppendLine(invariant, $"| peak working set at 10x | {peakBytes / (1024 * 1024):N0} MB | |");
        page.AppendLine();
        page.AppendLine("Quick mode (`-- --quick`, under three minutes) prints the same keys as one JSON line, with scaling measured from 0.1x to 1x. 10x is the median of five runs, its binding time one run.");
        page.Append(End);

        var path = Path.Combine(Testing.Repository.Root, "docs", "performance.md");
        var existing = File.Exists(path) ? File.ReadAllText(path) : "# Performance\n\n" + Begin + "\n" + End + "\n";
        var start = existing.IndexOf(Begin, StringComparison.Ordinal);
        var stop = existing.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || stop < start)
        {
            throw new InvalidOperationException($"{path} has lost its figure markers {Begin} and {End}");
        }

        File.WriteAllText(path, existing[..start] + page + existing[(stop + End.Length)..]);
    }

    private const string Begin = "<!-- figures: written by bench/XmppTopology.Bench --write-docs -->";
    private const string End = "<!-- end of figures -->";

    private static string Json(object figures, string key) =>
        System.Text.Json.JsonSerializer.SerializeToElement(figures).GetProperty(key).ToString();
}
