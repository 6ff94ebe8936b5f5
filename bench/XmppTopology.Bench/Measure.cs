using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using XmppTopology.Analyzers;

namespace XmppTopology.Bench;

/// <summary>Compilations and timings with Roslyn's own APIs: execution times come from analyzer telemetry, sequential.</summary>
internal static class Measure
{
    private static readonly string[] NetAnalyzerFiles = ["Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll"];

    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    public static CSharpCompilation Compile(IEnumerable<(string Path, string Source)> files, bool withDsl = true)
    {
        var references = withDsl ? Framework.Value.Add(MetadataReference.CreateFromFile(typeof(Topology).Assembly.Location)) : Framework.Value;
        return CSharpCompilation.Create(
            "Synthetic",
            files.Select(f => CSharpSyntaxTree.ParseText(f.Source, new CSharpParseOptions(LanguageVersion.Latest), f.Path)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: false));
    }

    /// <summary>
    /// Binding plus emit, without analyzers, in milliseconds; binding alone when <paramref name="emit"/>
    /// is false (at 10x one assembly exceeds the metadata string heap, CS8103).
    /// </summary>
    public static double CompileMilliseconds(CSharpCompilation compilation, bool emit = true)
    {
        Settle();
        var clock = Stopwatch.StartNew();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("the synthetic topology does not compile: " + string.Join("\n", errors));
        }

        if (emit)
        {
            using var image = new MemoryStream();
            var emitted = compilation.Emit(image);
            if (!emitted.Success)
            {
                throw new InvalidOperationException("the synthetic topology does not emit: " + string.Join("\n", emitted.Diagnostics.Take(5)));
            }
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>The analyzers' summed execution time, sequential, in milliseconds; and how many diagnostics they reported.</summary>
    public static (double Milliseconds, int Diagnostics) AnalyzerMilliseconds(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableDictionary<string, ReportDiagnostic>? severities = null)
    {
        if (severities is not null)
        {
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(severities));
        }

        Settle();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var time = analyzers.Sum(a => withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds);
        return (time, diagnostics.Length);
    }

    /// <summary>
    /// Megabytes allocated by the whole process while the analyzers run on a compilation: the
    /// compiler's binding and the analyzers' own work. Counted, not timed: the same in every run.
    /// </summary>
    public static double AllocatedMegabytes(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        AnalyzerMilliseconds(compilation, analyzers);
        return (GC.GetTotalAllocatedBytes(precise: true) - before) / (1024.0 * 1024.0);
    }

    /// <summary>
    /// A full, compacting collection before a measurement, so that each run starts from the same
    /// heap: without it, the garbage of the run before (a whole compilation) was collected during
    /// the next one, most often the first measured run, whichever callback was running.
    /// BenchmarkDotNet forces the same collection before each iteration by default.
    /// </summary>
    public static void Settle()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count).</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>
    /// The editor's path: after a one-line edit in one users file, the wall time to get that
    /// document's analyzer diagnostics; the median over <paramref name="edits"/> edits, each a new
    /// compilation that reuses every other tree. Each analyzer edits its own chain of compilations,
    /// and their runs alternate edit by edit (first one first, then the other), so that a
    /// collection or a busy core lands on both alike.
    /// </summary>
    public static double[] EditMilliseconds(IReadOnlyList<(CSharpCompilation Compilation, DiagnosticAnalyzer Analyzer)> chains, int edits, string file = "Users0.cs")
    {
        var compilations = chains.Select(chain => chain.Compilation).ToArray();
        var trees = compilations.Select(compilation => compilation.SyntaxTrees.First(t => t.FilePath == file)).ToArray();
        var times = chains.Select(_ => new List<double>()).ToArray();
        Settle();
        for (var edit = 0; edit < edits; edit++)
        {
            for (var turn = 0; turn < chains.Count; turn++)
            {
                var chain = (edit + turn) % chains.Count;

                // A users file: rename a user. The topology file: rename a site.
                var text = trees[chain].GetText();
                var line = text.Lines[8 + edit];
                var edited = trees[chain].WithChangedText(text.Replace(line.Span, line.ToString()
                    .Replace("sip:user", $"sip:edited{edit}user", StringComparison.Ordinal)
                    .Replace("\"Site", $"\"Edited{edit}Site", StringComparison.Ordinal)));
                var next = compilations[chain].ReplaceSyntaxTree(trees[chain], edited);
                var clock = Stopwatch.StartNew();
                var withAnalyzers = next.WithAnalyzers([chains[chain].Analyzer], new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
                withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(next.GetSemanticModel(edited), null, CancellationToken.None).GetAwaiter().GetResult();
                times[chain].Add(clock.Elapsed.TotalMilliseconds);
                (compilations[chain], trees[chain]) = (next, edited);
            }
        }

        return times.Select(Median).ToArray();
    }

    /// <summary>
    /// One of the analyzer's own counters (joins of the infrastructure, checks of users files),
    /// read through reflection: its types are internal, and the bench also sees the DSL's.
    /// </summary>
    public static long AnalyzerCounter(string type, string property) =>
        (long)typeof(TopologyAnalyzer).Assembly.GetType("XmppTopology.Analyzers." + type, throwOnError: true)!
            .GetProperty(property, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)!.GetValue(null)!;

    /// <summary>
    /// The severities of the SDK's "recommended" analysis level (AnalysisLevel latest-recommended),
    /// read from the global configuration file the SDK ships for it.
    /// </summary>
    public static ImmutableDictionary<string, ReportDiagnostic> RecommendedSeverities()
    {
        var config = Path.Combine(NetAnalyzersFolder(), "build", "config", "analysislevel_10_recommended.globalconfig");
        var severities = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>();
        foreach (var line in File.ReadLines(config))
        {
            // dotnet_diagnostic.CA1000.severity = warning
            var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].StartsWith("dotnet_diagnostic.", StringComparison.Ordinal) && parts[0].EndsWith(".severity", StringComparison.Ordinal))
            {
                var id = parts[0]["dotnet_diagnostic.".Length..^".severity".Length];
                severities[id] = parts[1] switch
                {
                    "error" => ReportDiagnostic.Error,
                    "warning" => ReportDiagnostic.Warn,
                    "suggestion" => ReportDiagnostic.Info,
                    "silent" => ReportDiagnostic.Hidden,
                    "none" => ReportDiagnostic.Suppress,
                    _ => ReportDiagnostic.Default,
                };
            }
        }

        return severities.ToImmutable();
    }

    /// <summary>The SDK's own .NET analyzers, as `dotnet build` loads them.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> NetAnalyzers()
    {
        var analyzers = NetAnalyzersFolder();
        var loader = new Loader();
        return NetAnalyzerFiles
            .SelectMany(file => new AnalyzerFileReference(Path.Combine(analyzers, file), loader).GetAnalyzers(LanguageNames.CSharp))
            .ToImmutableArray();
    }

    // .../sdk/<newest>/Sdks/Microsoft.NET.Sdk/analyzers, next to this runtime.
    private static string NetAnalyzersFolder()
    {
        var sdk = Path.GetDirectoryName(typeof(object).Assembly.Location)!; // .../shared/Microsoft.NETCore.App/<version>
        var dotnet = Path.GetFullPath(Path.Combine(sdk, "..", "..", ".."));
        var folder = Directory.GetDirectories(Path.Combine(dotnet, "sdk")).OrderBy(d => d, StringComparer.Ordinal).Last();
        return Path.Combine(folder, "Sdks", "Microsoft.NET.Sdk", "analyzers");
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }
}
