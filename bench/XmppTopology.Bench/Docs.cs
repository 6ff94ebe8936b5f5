using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace XmppTopology.Bench;

/// <summary>
/// Writes the figures of one run into docs/performance.md, each block between its markers (the
/// in-process figures, the real builds), so the page's own text stays.
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
        long peakBytes,
        string[] arguments)
    {
        var page = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        page.AppendLine(Begin);
        page.AppendLine(invariant, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, by `dotnet run -c Release --project bench/XmppTopology.Bench -- {string.Join(' ', arguments)}`.");
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
        if (peakBytes > 0) // full mode only: quick mode runs no 10x
        {
            page.AppendLine(invariant, $"| peak working set at 10x | {peakBytes / (1024 * 1024):N0} MB | |");
        }

        page.AppendLine();
        page.AppendLine("Quick mode (`-- --quick`) prints the same keys as one JSON line, with scaling measured from 0.1x to 1x, and the real builds' keys (below) from three cold and five warm pairs instead of seven and eleven. 10x is the median of five runs, its binding time one run.");
        page.Append(End);

        Replace(Begin, End, page.ToString());
    }

    /// <summary>The real-build section: a row per shape, cold and warm, and each shape's analyzer report.</summary>
    public static void WriteRealBuild(RealBuildRun run, string[] arguments)
    {
        var page = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        page.AppendLine(RealBuildBegin);
        page.Append(invariant, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET SDK {run.Sdk}, {run.Plan.ColdPairs} cold and {run.Plan.WarmPairs} warm pairs a shape after {run.Plan.WarmUpRounds} warm-up rounds, by `dotnet run -c Release --project bench/XmppTopology.Bench -- {string.Join(' ', arguments)}`. ");
        page.Append(invariant, $"Load average (1, 5, 15 minutes) {run.LoadBefore} before and {run.LoadAfter} after: on these 2 cores, a load above 2 before is other work sharing the machine (the builds themselves raise it to 4 to 7). ");
        page.AppendLine(run.StolenShare is { } stolen
            ? string.Create(invariant, $"CPU time stolen by the host while the builds ran: {stolen:P1} (on this virtual machine, time its cores wanted to run and the hypervisor gave to others: it lengthens wall times at random).")
            : "CPU time stolen by the host: not known here.");
        page.AppendLine("Wall time of the whole `dotnet build --no-restore --no-incremental` process, a consumer project that installs the packed package, 100,000 users, 1,000 pools; ratio = with our analyzer over without, the median of the pairs' ratios (each pair back to back, which one first alternating); 90 % interval: where that median lies at 90 % confidence given the pairs' spread (Perfolizer's Maritz-Jarrett interval around the Harrell-Davis median); a target is met when the whole interval is within it, missed when all of it is above, and otherwise these pairs cannot tell.");
        page.AppendLine();
        page.AppendLine("| shape | build | with our analyzer (median) | without | ratio | 90 % interval | each pair | target | verdict |");
        page.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var shape in run.Shapes)
        {
            Row(shape, "cold", shape.Cold, shape.ColdRatio, shape.ColdInterval, ColdTarget, "");
            Row(shape, "warm", shape.Warm, shape.WarmRatio, shape.WarmInterval, WarmTarget, " (stretch 1.02)");
        }

        page.AppendLine();
        page.AppendLine(invariant, $"Then {run.Plan.Reports} warm builds with our analyzer, `-p:ReportAnalyzer=true -v:d`: the compiler's analyzer execution time, summed over its threads, each figure the median of those builds; and, apart from the build, our analyzer on the same code in the bench's process (sequential, median of three). The compiler was given our analyzer {(run.Shapes.All(s => s.Report.Precompiled) ? "precompiled (the package's ReadyToRun copy for this platform)" : run.Shapes.Any(s => s.Report.Precompiled) ? "precompiled for some shapes only" : "as IL only")}.");
        page.AppendLine();
        page.AppendLine("| shape | files | our diagnostics | ours | SDK's .NET analyzers | all analyzers | our share | .NET analyzers' share | ours below theirs (target) | ours in process |");
        page.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var shape in run.Shapes)
        {
            var report = shape.Report;
            page.AppendLine(invariant, $"| {shape.Shape} | {shape.Files} | {shape.OurDiagnostics:N0} | {report.OursSeconds:N2} s | {report.NetAnalyzersSeconds:N2} s | {report.TotalSeconds:N2} s | {report.OurShare:P0} | {report.NetAnalyzersSeconds / report.TotalSeconds:P0} | {(report.OursSeconds < report.NetAnalyzersSeconds ? "yes" : "no")} | {shape.InProcessMilliseconds:N0} ms |");
        }

        page.Append(RealBuildEnd);
        Replace(RealBuildBegin, RealBuildEnd, page.ToString());

        void Row(RealBuildFigures shape, string build, IReadOnlyList<(double With, double Without)> pairs, double ratio, Perfolizer.Mathematics.Common.ConfidenceInterval interval, double target, string stretch) =>
            page.AppendLine(invariant, $"| {shape.Shape} | {build} | {RealBuildFigures.Median(pairs.Select(p => p.With)):N0} ms | {RealBuildFigures.Median(pairs.Select(p => p.Without)):N0} ms | {ratio:N3} | {interval.Lower:N3} to {interval.Upper:N3} | {string.Join(", ", pairs.Select(p => (p.With / p.Without).ToString("N3", invariant)))} | ≤ {target:N2}{stretch} | {RealBuildFigures.Verdict(interval, target)} |");
    }

    // The issue's targets for the wall ratio of a build with our analyzer over one without.
    private const double ColdTarget = 1.08;
    private const double WarmTarget = 1.05;

    private const string Begin = "<!-- figures: written by bench/XmppTopology.Bench --write-docs -->";
    private const string End = "<!-- end of figures -->";
    private const string RealBuildBegin = "<!-- real-build figures: written by bench/XmppTopology.Bench --write-docs, or --real-build --write-docs -->";
    private const string RealBuildEnd = "<!-- end of real-build figures -->";

    // The page's own text (what the figures mean, what changed them) stays around its marked blocks.
    private static void Replace(string begin, string end, string block)
    {
        var path = Path.Combine(Testing.Repository.Root, "docs", "performance.md");
        var existing = File.ReadAllText(path);
        var start = existing.IndexOf(begin, StringComparison.Ordinal);
        var stop = existing.IndexOf(end, StringComparison.Ordinal);
        if (start < 0 || stop < start)
        {
            throw new InvalidOperationException($"{path} has lost its markers {begin} and {end}");
        }

        File.WriteAllText(path, existing[..start] + block + existing[(stop + end.Length)..]);
    }

    private static string Json(object figures, string key) =>
        System.Text.Json.JsonSerializer.SerializeToElement(figures).GetProperty(key).ToString();
}
