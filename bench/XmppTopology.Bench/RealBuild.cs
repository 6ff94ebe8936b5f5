using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using XmppTopology.Analyzers;
using XmppTopology.Package.Tests;
using XmppTopology.Testing;

namespace XmppTopology.Bench;

/// <summary>
/// The real-build mode: the package packed once into a temporary feed, a consumer project per
/// shape of users code, each built with the SDK's own <c>dotnet build</c> as a user would, with and
/// without our analyzer in alternating pairs: cold (the compiler server shut down before each
/// build) and warm (the server running, after the warm-up builds); then warm builds with
/// <c>-p:ReportAnalyzer=true</c> for our part of the analyzer time.
/// </summary>
internal static class RealBuild
{
    /// <summary>The real builds of every shape, or of <paramref name="onlyShape"/> alone.</summary>
    public static RealBuildRun Run(RealBuildPlan plan, TextWriter log, bool hideOurWarnings = false, string? onlyShape = null)
    {
        var (loadBefore, cpuBefore) = (RealBuildRun.LoadAverage(), CpuTimes.Read());
        BuildAsUsersDo();
        var figures = new List<RealBuildFigures>();
        using var feed = new PackageFeed("Topology.Dsl");
        var sdk = DotnetCli.Run(feed.Root, "--version").Output.Trim();
        try
        {
            foreach (var (shape, sources) in Shapes().Where(s => onlyShape is null || s.Shape == onlyShape))
            {
                var code = sources();
                var inProcess = InProcessMilliseconds(code);
                var consumer = new RealBuildConsumer(feed, shape, code, hideOurWarnings);

                // Untimed: the first build after the restore reads every file from disk; each
                // pair's first build was the slower one by seconds, whichever build it was.
                consumer.Build(withOurAnalyzer: false);
                var cold = Pairs(consumer, feed, plan.ColdPairs, cold: true, log, shape);

                // The warm-up: until the server's code is optimized (RealBuildPlan); with fewer
                // rounds, half the warm pairs had ours a second slower than the other half.
                for (var round = 0; round < plan.WarmUpRounds; round++)
                {
                    consumer.Build(withOurAnalyzer: true);
                    consumer.Build(withOurAnalyzer: false);
                }

                var warm = Pairs(consumer, feed, plan.WarmPairs, cold: false, log, shape);
                var (report, diagnostics) = Reports(consumer, plan.Reports, log, shape);
                var result = new RealBuildFigures(shape, consumer.Files, diagnostics, inProcess, cold, warm, report);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   real build, {shape} ({result.Files} files, {diagnostics:N0} of our diagnostics): cold ×{result.ColdRatio:N3}, warm ×{result.WarmRatio:N3}; ReportAnalyzer: ours {report.OursSeconds:N2} s of {report.TotalSeconds:N2} s ({report.OurShare:P0}), .NET analyzers {report.NetAnalyzersSeconds:N2} s; ours {(report.Precompiled ? "precompiled" : "IL only")}; in process, ours {inProcess:N0} ms"));
                figures.Add(result);
            }
        }
        finally
        {
            ShutDownCompilerServer(feed);
        }

        return new RealBuildRun(figures, plan, sdk, loadBefore, RealBuildRun.LoadAverage(), CpuTimes.Read().StolenShareSince(cpuBefore));
    }

    /// <summary>
    /// This machine's environment turns the compiler server off (UseSharedCompilation=false); a
    /// user's build and a CI build use it, so our builds do. MSBuild node reuse stays off, so each
    /// build starts its own MSBuild and cold and warm differ by the compiler server alone.
    /// </summary>
    internal static void BuildAsUsersDo()
    {
        Environment.SetEnvironmentVariable("UseSharedCompilation", null);
        Environment.SetEnvironmentVariable("MSBUILDDISABLENODEREUSE", "1");
    }

    /// <summary>The three shapes at 100,000 users, 1,000 pools: the bench's, the grouped one the docs teach, the importer's.</summary>
    internal static IEnumerable<(string Shape, Func<IReadOnlyList<(string Path, string Source)>> Sources)> Shapes()
    {
        yield return ("chains", new SyntheticTopology(Pools: 1000, Users: 100_000, Files: 200).Sources);
        yield return ("grouped", new GroupedUsersTopology(Pools: 1000, Users: 100_000, Files: 200).Sources);
        yield return ("imported", new ImportedUsersTopology(Pools: 1000, Users: 100_000).Sources);
    }

    // The same code through our analyzer in this process, as the in-process figures measure it
    // (sequential, the median of three, the first one jitting): what the shape costs us, apart
    // from the build's noise.
    private static double InProcessMilliseconds(IReadOnlyList<(string Path, string Source)> code) =>
        Measure.Median(Enumerable.Range(0, 3).Select(_ => Measure.AnalyzerMilliseconds(Measure.Compile(code), [new TopologyAnalyzer()]).Milliseconds).ToList());

    // Warm builds with ours and -p:ReportAnalyzer=true: the median of their reports, each logged
    // (one build's figure has moved fourfold between runs of the same code).
    private static (AnalyzerReport Median, int OurDiagnostics) Reports(RealBuildConsumer consumer, int builds, TextWriter log, string shape)
    {
        var reports = new List<AnalyzerReport>();
        var diagnostics = 0;
        for (var build = 0; build < builds; build++)
        {
            (_, var output, diagnostics) = consumer.Build(withOurAnalyzer: true, "-p:ReportAnalyzer=true", "-v:d");
            var report = AnalyzerReport.Parse(output);
            if (!report.ThroughServer || report.OursSeconds <= 0)
            {
                throw new InvalidOperationException(report.ThroughServer ? "our analyzer did not run in the warm build" : "the warm build did not go through the compiler server");
            }

            reports.Add(report);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   real build, {shape}, report build {build + 1}: ours {report.OursSeconds:N3} s, .NET analyzers {report.NetAnalyzersSeconds:N3} s, all analyzers {report.TotalSeconds:N3} s"));
        }

        return (AnalyzerReport.Median(reports), diagnostics);
    }

    // Alternating which build of a pair goes first, so neither always follows the other.
    private static List<(double With, double Without)> Pairs(RealBuildConsumer consumer, PackageFeed feed, int pairs, bool cold, TextWriter log, string shape)
    {
        var measured = new List<(double, double)>();
        for (var pair = 0; pair < pairs; pair++)
        {
            var times = new Dictionary<bool, double>();
            foreach (var withOurs in pair % 2 == 0 ? new[] { true, false } : [false, true])
            {
                if (cold)
                {
                    ShutDownCompilerServer(feed);
                }

                times[withOurs] = consumer.Build(withOurs).Milliseconds;
            }

            measured.Add((times[true], times[false]));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   real build, {shape}, {(cold ? "cold" : "warm")} pair {pair + 1}: with ours {times[true]:N0} ms, without {times[false]:N0} ms"));
        }

        return measured;
    }

    // Only the compiler server: the one server our builds start (node reuse is off), so other
    // builds' MSBuild nodes on a shared machine are left alone. Run where the consumers are, so
    // it is the same SDK's server (its pipe is named after the compiler's folder).
    internal static void ShutDownCompilerServer(PackageFeed feed)
    {
        var (exitCode, output) = DotnetCli.Run(feed.Root, "build-server", "shutdown", "--vbcscompiler");
        if (exitCode != 0)
        {
            throw new InvalidOperationException("dotnet build-server shutdown failed:\n" + output);
        }
    }
}
