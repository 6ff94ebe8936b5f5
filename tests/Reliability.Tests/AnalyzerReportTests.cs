using System.Collections.Generic;
using XmppTopology.Bench;

namespace XmppTopology.Reliability.Tests;

/// <summary>The bench's reading of a build's log: what each figure of the real-build mode rests on.</summary>
public class AnalyzerReportTests
{
    // Lines of a real `dotnet build -p:ReportAnalyzer=true -v:d` of a consumer of the package, shortened.
    private const string Log = """
        CoreCompile:
          /usr/share/dotnet/dotnet exec "/usr/share/dotnet/sdk/10.0.401/Roslyn/bincore/csc.dll" /noconfig /analyzer:/tmp/c/packages/xmpptopology/0.1.0/buildTransitive/../tools/ready-to-run/linux-x64/XmppTopology.Analyzers.dll /analyzer:/usr/share/dotnet/sdk/10.0.401/Sdks/Microsoft.NET.Sdk/analyzers/Microsoft.CodeAnalysis.NetAnalyzers.dll Topology.cs
          CompilerServer: server - server processed compilation - 4b1e (net10.0)
          NOTE: Elapsed time may be less than analyzer execution time because analyzers can run concurrently.

          Total analyzer execution time: 1.510 seconds.

          Time (s)    %   Analyzer
             0.720   47   XmppTopology.Analyzers, Version=0.0.0.0, Culture=neutral, PublicKeyToken=null
             0.720   47      XmppTopology.Analyzers.TopologyAnalyzer (TOPO001, XMPP001)

             0.564   37   Microsoft.CodeAnalysis.CSharp.NetAnalyzers, Version=10.0.401.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35
             0.302   19      Microsoft.NetCore.CSharp.Analyzers.Performance.CSharpConstantExpectedAnalyzer (CA1856, CA1857)
             0.167   11   Microsoft.CodeAnalysis.NetAnalyzers, Version=10.0.401.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35
            <0.001   <1   Microsoft.Interop.ComInterfaceGenerator, Version=10.0.12.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a

          Total generator execution time: 1.767 seconds.

             1.500   85   Microsoft.Gen.Logging, Version=10.0.12.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35
        """;

    [Fact]
    public void The_report_of_a_build_gives_each_analyzer_time_the_server_and_which_copy_of_ours_ran()
    {
        var report = AnalyzerReport.Parse(Log);

        Assert.Equal(1.510, report.TotalSeconds, precision: 3);
        Assert.Equal(0.720, report.OursSeconds, precision: 3);
        Assert.Equal(0.731, report.NetAnalyzersSeconds, precision: 3); // both assemblies, not their analyzers' lines
        Assert.Equal(0.0, report.Assemblies["Microsoft.Interop.ComInterfaceGenerator"]);
        Assert.DoesNotContain("Microsoft.Gen.Logging", report.Assemblies.Keys); // a generator, after the analyzers' table
        Assert.True(report.ThroughServer);
        Assert.True(report.Precompiled);
    }

    [Fact]
    public void The_IL_analyzer_and_a_build_without_the_server_are_told_apart()
    {
        var report = AnalyzerReport.Parse(Log
            .Replace("buildTransitive/../tools/ready-to-run/linux-x64/", "analyzers/dotnet/cs/", System.StringComparison.Ordinal)
            .Replace("CompilerServer: server - server processed compilation", "CompilerServer: tool - using command line tool by design", System.StringComparison.Ordinal));

        Assert.False(report.Precompiled);
        Assert.False(report.ThroughServer);
    }

    [Fact]
    public void Several_reports_give_each_figure_its_own_median()
    {
        static AnalyzerReport Report(double total, double ours, bool precompiled) =>
            new(total, new Dictionary<string, double> { ["XmppTopology.Analyzers"] = ours, ["Microsoft.CodeAnalysis.NetAnalyzers"] = total - ours }, ThroughServer: true, precompiled);

        var median = AnalyzerReport.Median([Report(1.0, 0.62, true), Report(2.0, 0.16, true), Report(1.5, 0.20, false)]);

        Assert.Equal(1.5, median.TotalSeconds, precision: 3);
        Assert.Equal(0.20, median.OursSeconds, precision: 3); // not the median build's 0.62 nor the first build's
        Assert.Equal(1.30, median.NetAnalyzersSeconds, precision: 3); // of 0.38, 1.84, 1.30
        Assert.True(median.ThroughServer);
        Assert.False(median.Precompiled); // one build was given the IL copy
    }
}
