using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using XmppTopology.Testing;

namespace XmppTopology.Cli.Tests.Fix;

/// <summary>
/// The headless fixes as CI runs them, once for all the tests that look at the result: a solution
/// of both samples and three projects of generated topologies, copied twice; one
/// <c>dotnet format analyzers</c> run with every fixable rule on one copy, one
/// <c>xmpp-topology fix</c> run (the built tool, as a process) on the other, then
/// <c>dotnet build</c>. A handful of dotnet invocations in all, to keep CI short: when both tools
/// made the same change, one build shows that both copies compile.
/// </summary>
public sealed class HeadlessFixRuns : IAsyncLifetime, IDisposable
{
    public const int GeneratedProjects = 3;

    public const int TopologiesPerProject = 17;

    /// <summary>Every rule with a code fix: what the README's command lists.</summary>
    public static readonly string[] FixableRules = ["XMPP001", "XMPP002", "XMPP003", "XMPP004", "XMPP005", "XMPP006", "XMPP007", "XMPP008", "TOPO001", "TOPO003", "TOPO004", "TOPO006"];

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"xmpptopology-headless-{Guid.NewGuid():N}");

    /// <summary>The copy that dotnet format fixes.</summary>
    public string FormatTree => Path.Combine(folder, "format");

    /// <summary>The copy that xmpp-topology fix fixes.</summary>
    public string FixTree => Path.Combine(folder, "fix");

    /// <summary>Every source file as written, by path relative to a tree.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; private set; } = new Dictionary<string, string>();

    /// <summary>The findings the analyzer reports before any fix, as (path relative to a tree, rule ID).</summary>
    public IReadOnlyList<(string Path, string Id)> FindingsBefore { get; private set; } = [];

    /// <summary>The rule IDs each generated topology must show before the fixes, by its folder.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Planted { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public (int ExitCode, string Output) Format { get; private set; }

    public (int ExitCode, string Output, string Error) Fix { get; private set; }

    /// <summary>The build of the copy dotnet format fixed: the other copy's when both are the same.</summary>
    public (int ExitCode, string Output) FormatBuild { get; private set; }

    public (int ExitCode, string Output) FixBuild { get; private set; }

    /// <summary>The files in which dotnet format and xmpp-topology fix made different changes.</summary>
    public IReadOnlyList<string> Differences { get; private set; } = [];

    public static string Text(string tree, string path) => File.ReadAllText(Path.Combine(tree, path));

    public async Task InitializeAsync()
    {
        Write(FormatTree);
        Write(FixTree);

        var (restoreExit, restoreOutput) = DotnetCli.Run(FixTree, "restore", "Headless.slnx", "--nologo");
        Assert.True(restoreExit == 0, restoreOutput);
        var (checkExit, checkOutput, checkError) = await Review.Cli.RunAsync("check", Path.Combine(FixTree, "Headless.slnx"), "--format", "json", "--quiet");
        Assert.True(checkExit == 1, checkError + checkOutput);
        FindingsBefore = [.. JsonDocument.Parse(checkOutput).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("path").GetString()!, f.GetProperty("ruleId").GetString()!))]; // relative to the solution's folder: no git here

        Format = DotnetCli.Run(FormatTree, ["format", "analyzers", "Headless.slnx", "--diagnostics", .. FixableRules, "--severity", "info"]);
        Fix = Review.Cli.RunProcess(FixTree, "fix", "Headless.slnx");

        // The src projects are built already (this test project references them): build only the copies.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        FixBuild = DotnetCli.Run(FixTree, "build", "Headless.slnx", "--nologo", "-clp:NoSummary", "-c", configuration, "-p:BuildProjectReferences=false");
        Differences = [.. Sources.Keys.Where(path => Text(FormatTree, path) != Text(FixTree, path))];
        FormatBuild = Differences.Count == 0
            ? FixBuild
            : DotnetCli.Run(FormatTree, "build", "Headless.slnx", "--nologo", "-clp:NoSummary", "-c", configuration, "-p:BuildProjectReferences=false");
    }

    // Both samples as a user's own projects, the generated projects, and a solution of them all.
    private void Write(string tree)
    {
        DotnetCli.CopySample("Fabrikam.DraftPlan", Path.Combine(tree, "Fabrikam.DraftPlan"));
        DotnetCli.CopySample("Contoso.Migration", Path.Combine(tree, "Contoso.Migration"));
        var projects = new List<string> { "Fabrikam.DraftPlan/Fabrikam.DraftPlan.csproj", "Contoso.Migration/Contoso.Migration.csproj" };
        var planted = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var project = 0; project < GeneratedProjects; project++)
        {
            var name = $"Generated{project}";
            Directory.CreateDirectory(Path.Combine(tree, name));
            File.WriteAllText(Path.Combine(tree, name, name + ".csproj"), ProjectFile());
            projects.Add($"{name}/{name}.csproj");
            for (var topology = project * TopologiesPerProject; topology < (project + 1) * TopologiesPerProject; topology++)
            {
                var (files, findings) = ViolatingTopologies.Write(topology);
                var topologyFolder = $"{name}/T{topology}";
                Directory.CreateDirectory(Path.Combine(tree, topologyFolder));
                foreach (var (file, source) in files)
                {
                    File.WriteAllText(Path.Combine(tree, topologyFolder, file), source);
                }

                planted[topologyFolder] = findings;
            }
        }

        File.WriteAllText(Path.Combine(tree, "Headless.slnx"), $"<Solution>\n{string.Concat(projects.Select(p => $"  <Project Path=\"{p}\" />\n"))}</Solution>\n");
        Planted = planted;
        Sources = Directory.EnumerateFiles(tree, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(tree, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
    }

    private static string ProjectFile()
    {
        var src = Path.Combine(Repository.Root, "src");
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <IsPackable>false</IsPackable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{Path.Combine(src, "Topology.Dsl", "Topology.Dsl.csproj")}" />
                <ProjectReference Include="{Path.Combine(src, "Analyzers", "Analyzers.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{Path.Combine(src, "Analyzers.CodeFixes", "Analyzers.CodeFixes.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """;
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class HeadlessFixRunsTests : ICollectionFixture<HeadlessFixRuns>
{
    public const string Name = "Headless fix runs";
}
