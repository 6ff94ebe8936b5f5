using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers;
using XmppTopology.Package.Tests;
using XmppTopology.Testing;

namespace XmppTopology.Bench;

/// <summary>
/// A user's project with the topology code of one shape, installing the packed package from the
/// feed, restored once. Our rules that default to error are set to warning, so the builds with and
/// without our analyzer both compile and emit. Without our analyzer is the same project, restore
/// and command line, with <c>-p:WithoutTopologyAnalyzer=true</c>: a target before CoreCompile
/// takes the package's two analyzer assemblies out of <c>@(Analyzer)</c>, so the compiler gets the
/// same references, sources, options and SDK analyzers, and only not ours. (<c>ExcludeAssets</c>
/// would need a second restore and a second project; a different assets file is a different build.)
/// </summary>
internal sealed partial class RealBuildConsumer
{
    private const string AnalyzerSwitch = """
        <Project>
          <!-- -p:WithoutTopologyAnalyzer=true: the same build without the XmppTopology package's analyzer assemblies. -->
          <Target Name="RemoveTopologyAnalyzer" BeforeTargets="CoreCompile" Condition="'$(WithoutTopologyAnalyzer)' == 'true'">
            <ItemGroup>
              <_TopologyAnalyzer Include="@(Analyzer)" Condition="'%(Filename)' == 'XmppTopology.Analyzers' or '%(Filename)' == 'XmppTopology.Analyzers.CodeFixes'" />
              <Analyzer Remove="@(_TopologyAnalyzer)" />
            </ItemGroup>
          </Target>
        </Project>
        """;

    // Our rules but TOPO005, none of whose diagnostics these shapes have: with all of them off,
    // the compiler would not run our analyzer at all.
    private static readonly string HiddenWarnings = "-p:NoWarn=" + string.Join("%3B", new TopologyAnalyzer().SupportedDiagnostics
        .Select(d => d.Id).Where(id => id != Rules.RuleIds.Topo005).Distinct(StringComparer.Ordinal));

    private readonly bool _hideOurWarnings;

    // hideOurWarnings: our rules' warnings left out of the build's log (NoWarn), our analyzer
    // still running: what the analysis costs apart from MSBuild printing its diagnostics.
    public RealBuildConsumer(PackageFeed feed, string name, IReadOnlyList<(string Path, string Source)> sources, bool hideOurWarnings = false)
    {
        _hideOurWarnings = hideOurWarnings;
        var warnings = string.Concat(new TopologyAnalyzer().SupportedDiagnostics
            .Where(d => d.DefaultSeverity == DiagnosticSeverity.Error)
            .Select(d => $"dotnet_diagnostic.{d.Id}.severity = warning\n"));
        Files = sources.Count;
        Folder = feed.Consumer(name, files: [.. sources, (".globalconfig", "is_global = true\n" + warnings), ("Directory.Build.targets", AnalyzerSwitch)]);
        Succeeded(DotnetCli.Run(Folder, "restore"), "dotnet restore");
    }

    public string Folder { get; }

    public int Files { get; }

    /// <summary>
    /// <c>dotnet build --no-restore --no-incremental</c>, whole-process wall time, and what it printed;
    /// throws unless it succeeded and our diagnostics are there exactly when our analyzer is (and not hidden).
    /// </summary>
    public (double Milliseconds, string Output, int OurDiagnostics) Build(bool withOurAnalyzer, params string[] options)
    {
        string[] arguments = ["build", "--no-restore", "--no-incremental", $"-p:WithoutTopologyAnalyzer={(withOurAnalyzer ? "false" : "true")}", .. options, .. _hideOurWarnings ? [HiddenWarnings] : Array.Empty<string>()];
        var clock = Stopwatch.StartNew();
        var result = DotnetCli.Run(Folder, arguments);
        var milliseconds = clock.Elapsed.TotalMilliseconds;
        var output = Succeeded(result, "dotnet " + string.Join(' ', arguments));
        var ours = OurDiagnostic().Matches(output).Select(m => m.Groups["diagnostic"].Value).Distinct(StringComparer.Ordinal).Count();
        if ((ours > 0) != (withOurAnalyzer && !_hideOurWarnings))
        {
            throw new InvalidOperationException($"{Folder}: {ours} of our diagnostics in a build {(withOurAnalyzer ? "with" : "without")} our analyzer");
        }

        return (milliseconds, output, ours);
    }

    private static string Succeeded((int ExitCode, string Output) result, string command) =>
        result.ExitCode == 0 ? result.Output : throw new InvalidOperationException($"{command} failed ({result.ExitCode}):\n{result.Output[^Math.Min(result.Output.Length, 4000)..]}");

    // A diagnostic line as MSBuild prints it (once in place and once in the summary: counted once).
    [GeneratedRegex(@"^\s*(?:\d+>)?(?<diagnostic>\S.*\): warning (?:XMPP|TOPO)\d{3}: .*?)\r?$", RegexOptions.Multiline)]
    private static partial Regex OurDiagnostic();
}
