using System;
using System.Collections.Generic;
using System.Globalization;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;
using XmppTopology.Analyzers;
using XmppTopology.Bench;

// dotnet run -c Release --project bench/XmppTopology.Bench -- [--quick] [--write-docs] [--no-real-build] [--real-build [--shape <shape>]] [--gc-probe] [--cold-probe <shape>] [--concurrent-probe] [--shape-loop <shape> [runs]] [--jit-probe <shape> [runs]]
// --quick: 0.1x and 1x (the 1x figures are the published ones), then the real builds with three
// cold and five warm pairs; full mode adds 10x and seven cold, eleven warm pairs (RealBuildPlan).
// --no-real-build leaves the real builds out (a few minutes in process); --real-build runs only
// those, --shape <chains|grouped|imported> only one shape's; --hide-our-warnings keeps our
// diagnostics out of their logs (what the analysis costs apart from MSBuild printing what it found).
const int Runs = 5;
const int TenXRuns = 5;
var quick = args.Contains("--quick");
var writeDocs = args.Contains("--write-docs");
ImmutableArray<DiagnosticAnalyzer> ours = [new TopologyAnalyzer()];
var log = Console.Error;
var onlyShape = args.SkipWhile(a => a != "--shape").Skip(1).FirstOrDefault();
RealBuildRun RealBuilds() => RealBuild.Run(quick ? RealBuildPlan.Quick : RealBuildPlan.Full, log, hideOurWarnings: args.Contains("--hide-our-warnings"), onlyShape);
if (args.Contains("--shape") && (onlyShape is null || !RealBuild.Shapes().Any(s => s.Shape == onlyShape) || writeDocs))
{
    log.WriteLine($"--shape takes one of {string.Join(", ", RealBuild.Shapes().Select(s => s.Shape))}, and not with --write-docs (the page's table is of every shape).");
    Environment.Exit(2);
}

// --cold-probe <shape>: what a fresh compiler server costs each analyzer (ColdProbe). Not a figure.
if (args.Contains("--cold-probe"))
{
    ColdProbe.Run(log, args.SkipWhile(a => a != "--cold-probe").Skip(1).FirstOrDefault() ?? "grouped");
    return;
}

if (args.Contains("--real-build"))
{
    var builds = RealBuilds();
    if (writeDocs)
    {
        Docs.WriteRealBuild(builds, args);
    }

    Console.WriteLine(new JsonObject(builds.JsonKeys()).ToJsonString());
    return;
}

// The median of several runs where they are affordable: on 2 cores, a single run's analyzer
// time moves by half with the garbage collector (docs/performance.md, "Why 10x had two
// speeds"). Above 1x the compile time is only context (binding alone, CS8103): measured once.
(double Compile, double Analyzer, int Diagnostics) Size(double scale, int runs = 1)
{
    var topology = new SyntheticTopology(Pools: (int)(1000 * scale), Users: (int)(100_000 * scale), Files: 200);
    var compileTimes = new List<double>();
    var analyzerTimes = new List<double>();
    var diagnostics = 0;
    for (var run = 0; run < runs; run++)
    {
        if (scale <= 1 || run == 0)
        {
            compileTimes.Add(Measure.CompileMilliseconds(Measure.Compile(topology.Sources()), emit: scale <= 1));
        }

        (var analyzerTime, diagnostics) = Measure.AnalyzerMilliseconds(Measure.Compile(topology.Sources()), ours);
        analyzerTimes.Add(analyzerTime);
    }

    var (compileTime, analyzerMedian) = (Measure.Median(compileTimes), Measure.Median(analyzerTimes));
    var spread = runs > 1 ? $" (runs: {string.Join(", ", analyzerTimes.Select(t => t.ToString("N0", CultureInfo.InvariantCulture)))})" : "";
    log.WriteLine($"{scale,5}x: {topology.Users,9:N0} users  {(scale <= 1 ? "compile" : "binding")} {compileTime,9:N0} ms  analyzer {analyzerMedian,8:N0} ms{spread}  diagnostics {diagnostics:N0}");
    return (compileTime, analyzerMedian, diagnostics);
}

// --concurrent-probe: the analysis as a build's compiler runs it (ConcurrentProbe). Not a figure yet.
if (args.Contains("--concurrent-probe"))
{
    ConcurrentProbe.Run(log, runs: 2, withNetAnalyzers: args.Contains("--with-net-analyzers"));
    return;
}

// --jit-probe <shape> [runs]: which of our methods the runtime jits in each analysis of one
// shape at 1x, at which tier and for how long (JitProbe). Not a figure.
if (args.Contains("--jit-probe"))
{
    var rest = args.SkipWhile(a => a != "--jit-probe").Skip(1).ToArray();
    var shape = rest.FirstOrDefault() ?? "grouped";
    JitProbe.Run(log, shape, ShapeSources(shape), ours, rest.Length > 1 && int.TryParse(rest[1], out var n) ? n : 3);
    return;
}

// --shape-loop <shape> [runs]: our analyzer alone, sequential, on one shape at 1x again and again
// (a fresh compilation each run), for a profiler to attach to (docs/performance.md). Not a figure.
// Each run also says how much the process jitted meanwhile: the first run's excess is what a fresh
// compiler server pays, since it jits every analyzer (docs/performance.md, "The analyzer precompiled").
if (args.Contains("--shape-loop"))
{
    var rest = args.SkipWhile(a => a != "--shape-loop").Skip(1).ToArray();
    var shape = rest.FirstOrDefault() ?? "grouped";
    var loops = rest.Length > 1 && int.TryParse(rest[1], out var n) ? n : 20;
    var sources = ShapeSources(shape);
    for (var run = 1; run <= loops; run++)
    {
        var compilation = Measure.Compile(sources);
        Measure.Settle();
        var (jitBefore, methodsBefore) = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
        var (time, count) = Measure.AnalyzerMilliseconds(compilation, ours);
        var (jitTime, methods) = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore, System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore);
        log.WriteLine($"{shape} run {run}: ours {time:N0} ms, {count:N0} diagnostics; the process jitted {methods:N0} methods in {jitTime.TotalMilliseconds:N0} ms meanwhile (on every thread)");
    }

    var (oursAllocated, emptyAllocated) = (Measure.AllocatedMegabytes(Measure.Compile(sources), ours), Measure.AllocatedMegabytes(Measure.Compile(sources), [new EmptySemanticModelAnalyzer()]));
    log.WriteLine($"{shape}: allocated while analyzing {oursAllocated:N1} MB, an empty semantic-model analyzer {emptyAllocated:N1} MB: ours {oursAllocated - emptyAllocated:N1} MB");

    return;
}

// --gc-probe: which gen2 collections run inside our callback at 10x (docs/performance.md, "Why
// 10x had two speeds"). Not a figure: a look at where a slow 10x run loses its time.
if (args.Contains("--gc-probe"))
{
    Size(1);
    var tenX = new SyntheticTopology(Pools: 10_000, Users: 1_000_000, Files: 200);
    for (var run = 1; run <= TenXRuns; run++)
    {
        var (compilation, clock) = (Measure.Compile(tenX.Sources()), new CallbackClock());
        using var collections = new CollectionLog();
        var analysisStart = DateTime.UtcNow;
        var (time, _) = Measure.AnalyzerMilliseconds(compilation, [ours[0], clock]);
        var analysisEnd = DateTime.UtcNow;
        Thread.Sleep(2000); // the runtime's events arrive in batches
        var (ourStart, ourEnd) = (clock.First - TimeSpan.FromMilliseconds(time), clock.First);
        var background = collections.Gen2.Where(c => c.Background && c.Start > analysisStart).ToList();
        var inside = background.Count(c => c.Start < ourEnd && c.End > ourStart);
        log.WriteLine($"10x run {run}: analysis 0 to {(analysisEnd - analysisStart).TotalSeconds:N1} s, ours {time:N0} ms from {(ourStart - analysisStart).TotalSeconds:N1} s; "
            + $"background gen2 collections {background.Count} ({string.Join(", ", background.Select(c => $"{(c.Start - analysisStart).TotalSeconds:N1} s to {(c.End - analysisStart).TotalSeconds:N1} s"))}), inside ours {inside}");
    }

    return;
}

// Warm-up at the measured size: the compiler server and the editor keep the compiler and the
// analyzer loaded and optimised (tiered JIT); a first, cold run is slower for both.
Size(1);
var tenth = Size(0.1, Runs);
var one = Size(1, Runs);

var oneX = new SyntheticTopology(1000, 100_000, 200);
var (netTime, netDiagnostics) = Measure.AnalyzerMilliseconds(Measure.Compile(oneX.Sources()), Measure.NetAnalyzers(), Measure.RecommendedSeverities());
log.WriteLine($"   1x: .NET analyzers (recommended level) {netTime:N0} ms, {netDiagnostics:N0} diagnostics");

// What our analysis allocates beyond an analyzer that only asks for the same semantic models.
var allocated = (Ours: Measure.AllocatedMegabytes(Measure.Compile(oneX.Sources()), ours), Empty: Measure.AllocatedMegabytes(Measure.Compile(oneX.Sources()), [new EmptySemanticModelAnalyzer()]));
log.WriteLine($"   1x: allocated during the analysis {allocated.Ours:N1} MB, with an empty semantic-model analyzer {allocated.Empty:N1} MB: ours {allocated.Ours - allocated.Empty:N1} MB");

var editCompilation = Measure.Compile(oneX.Sources());
Measure.AnalyzerMilliseconds(editCompilation, ours); // the editor has analysed the solution once
var (joins, checks) = (Measure.AnalyzerCounter("Joining.Infrastructure", "Builds"), Measure.AnalyzerCounter("Joining.UserList", "Checks"));
var edits = Measure.EditMilliseconds([(editCompilation, ours[0]), (Measure.Compile(oneX.Sources()), new EmptyOperationAnalyzer())], edits: 20);
var (editMedian, emptyMedian) = (edits[0], edits[1]);
(joins, checks) = (Measure.AnalyzerCounter("Joining.Infrastructure", "Builds") - joins, Measure.AnalyzerCounter("Joining.UserList", "Checks") - checks);
log.WriteLine($"   edit: ours {editMedian:N1} ms, empty operation analyzer {emptyMedian:N1} ms (medians of 20 edits, the two alternating); the 20 edits joined the infrastructure {joins} times and checked {checks} users files");

// Not a target: an edit of the file that declares the sites re-joins the whole topology.
var infrastructureEdit = Measure.EditMilliseconds([(editCompilation, ours[0])], edits: 5, file: "Topology.cs")[0];
log.WriteLine($"   edit of the topology file: {infrastructureEdit:N1} ms (median of 5)");

var plain = Enumerable.Range(0, 200).Select(i => ($"Plain{i}.cs", $"static class Plain{i} {{ static int Twice(int x) => x * 2; static string Name() => nameof(Plain{i}); }}"));
var (noDsl, _) = Measure.AnalyzerMilliseconds(Measure.Compile(plain, withDsl: false), ours);
log.WriteLine($"   no DSL: {noDsl:N2} ms");

double scaling;
string scalingNote;
long peak = 0;
if (quick)
{
    scaling = one.Analyzer / tenth.Analyzer;
    scalingNote = "quick mode: 1x over 0.1x";
}
else
{
    var ten = Size(10, TenXRuns);
    scaling = ten.Analyzer / one.Analyzer;
    scalingNote = $"10x over 1x, medians of {TenXRuns} and {Runs} runs";
    peak = Process.GetCurrentProcess().PeakWorkingSet64;
}

// The real builds: ten minutes in quick mode on a quiet machine, most of a run's time.
var realBuilds = args.Contains("--no-real-build") ? null : RealBuilds();
var figures = new
{
    analyzer_over_compile = Math.Round(one.Analyzer / one.Compile, 4),
    analyzer_over_netanalyzers = Math.Round(one.Analyzer / netTime, 4),
    edit_ms_median = Math.Round(editMedian, 2),
    edit_ms_empty_analyzer = Math.Round(emptyMedian, 2),
    no_dsl_overhead_ms = Math.Round(noDsl, 3),
    scaling_10x = Math.Round(scaling, 3),
};
log.WriteLine($"   scaling: {scaling:N2} ({scalingNote}){(peak > 0 ? $", peak working set {peak / (1024 * 1024):N0} MB" : "")}");

if (writeDocs)
{
    Docs.Write(figures, one, netTime, allocated, (editMedian, emptyMedian, infrastructureEdit, joins, checks), noDsl, scalingNote, peak, args);
    if (realBuilds is not null)
    {
        Docs.WriteRealBuild(realBuilds, args);
    }
}

var line = JsonSerializer.SerializeToNode(figures)!.AsObject();
foreach (var (key, value) in realBuilds?.JsonKeys() ?? [])
{
    line[key] = value;
}

Console.WriteLine(line.ToJsonString());

// One shape of the real builds' topology at 1x, by name (grouped when not known).
static IReadOnlyList<(string Path, string Source)> ShapeSources(string shape) => shape switch
{
    "chains" => new SyntheticTopology(1000, 100_000, 200).Sources(),
    "imported" => new ImportedUsersTopology(1000, 100_000).Sources(),
    _ => new GroupedUsersTopology(1000, 100_000, 200).Sources(),
};
