using System;
using System.Globalization;
using System.IO;
using System.Linq;
using XmppTopology.Package.Tests;

namespace XmppTopology.Bench;

/// <summary>
/// <c>--cold-probe &lt;shape&gt;</c>: what a fresh compiler server costs each analyzer. Three rounds,
/// each with and without ours: the server shut down, then two builds with <c>ReportAnalyzer</c>,
/// the first on the fresh server, the second on the server it left. Not a figure of the targets:
/// a look at why a cold build with ours is slower than a warm one.
/// </summary>
internal static class ColdProbe
{
    public static void Run(TextWriter log, string shape)
    {
        var sources = RealBuild.Shapes().FirstOrDefault(s => s.Shape == shape).Sources
            ?? throw new ArgumentException($"no shape '{shape}': {string.Join(", ", RealBuild.Shapes().Select(s => s.Shape))}");
        RealBuild.BuildAsUsersDo();
        using var feed = new PackageFeed("Topology.Dsl");
        var consumer = new RealBuildConsumer(feed, shape, sources());
        consumer.Build(withOurAnalyzer: false); // untimed, as in RealBuild: the first build reads every file from disk
        try
        {
            for (var round = 1; round <= 3; round++)
            {
                foreach (var withOurs in new[] { true, false })
                {
                    RealBuild.ShutDownCompilerServer(feed);
                    var fresh = Report(consumer, withOurs);
                    var second = Report(consumer, withOurs);
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {shape} round {round}, {(withOurs ? "with ours" : "without  ")}: fresh server {fresh}; second build {second}"));
                }
            }
        }
        finally
        {
            RealBuild.ShutDownCompilerServer(feed);
        }
    }

    private static string Report(RealBuildConsumer consumer, bool withOurs)
    {
        var (milliseconds, output, _) = consumer.Build(withOurs, "-p:ReportAnalyzer=true", "-v:d");
        var report = AnalyzerReport.Parse(output);
        return string.Create(CultureInfo.InvariantCulture, $"{milliseconds:N0} ms, ours {report.OursSeconds:N2} s{(report.Precompiled ? " (precompiled)" : "")}, .NET analyzers {report.NetAnalyzersSeconds:N2} s");
    }
}
