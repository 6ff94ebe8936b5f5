using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;
using XmppTopology.Analyzers;

namespace XmppTopology.Bench;

/// <summary>
/// The analysis as the compiler runs it in a build: concurrent, our analyzer beside the SDK's .NET
/// analyzers, each shape of users code. The driver's telemetry sums each callback's time over the
/// threads that run them, so time a callback spends waiting counts as its analyzer's, as in
/// <c>-p:ReportAnalyzer=true</c>. The bench's other in-process figures are sequential.
/// </summary>
internal static class ConcurrentProbe
{
    public static void Run(TextWriter log, int runs, bool withNetAnalyzers)
    {
        var net = withNetAnalyzers ? Measure.NetAnalyzers() : [];
        var severities = Measure.RecommendedSeverities();
        (string Name, IReadOnlyList<(string Path, string Source)> Sources)[] shapes =
        [
            ("chains", new SyntheticTopology(1000, 100_000, 200).Sources()),
            ("grouped", new GroupedUsersTopology(1000, 100_000, 200).Sources()),
            ("imported", new ImportedUsersTopology(1000, 100_000).Sources()),
        ];
        foreach (var (name, sources) in shapes)
        {
            for (var run = 0; run < runs; run++)
            {
                var compilation = Measure.Compile(sources);
                compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(severities));
                Measure.Settle();
                var ours = new TopologyAnalyzer();
                var clock = Stopwatch.StartNew();
                var withAnalyzers = compilation.WithAnalyzers(net.Add(ours), new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
                var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
                var wall = clock.Elapsed.TotalMilliseconds;
                double Time(DiagnosticAnalyzer analyzer) => withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
                var (oursTime, netTime) = (Time(ours), net.Sum(Time));
                var ourCount = diagnostics.Count(d => d.Id.StartsWith("XMPP", StringComparison.Ordinal) || d.Id.StartsWith("TOPO", StringComparison.Ordinal));
                var (methods, calls) = (Measure.AnalyzerCounter("Extraction.UserListReader", "MethodsRead"), Measure.AnalyzerCounter("Extraction.UserListReader", "CallsRead"));
                var (sequential, _) = Measure.AnalyzerMilliseconds(Measure.Compile(sources), [new TopologyAnalyzer()]);
                log.WriteLine($"  read without binding: {Measure.AnalyzerCounter("Extraction.UserListReader", "MethodsRead") - methods} methods, {Measure.AnalyzerCounter("Extraction.UserListReader", "CallsRead") - calls} calls");
                log.WriteLine($"concurrent {name,-8} run {run + 1}: sequential alone {sequential,8:N0} ms, concurrent: wall {wall,8:N0} ms  ours {oursTime,8:N0} ms  .NET analyzers {netTime,8:N0} ms  our share {oursTime / (oursTime + netTime):P0}  our diagnostics {ourCount:N0}");
            }
        }
    }
}
