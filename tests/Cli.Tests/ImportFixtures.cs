using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Tests.Infrastructure;

namespace XmppTopology.Cli.Tests;

/// <summary>The topology fixtures, hand-made variations of them, and the import command run in-process.</summary>
internal static class ImportFixtures
{
    public static string Contoso { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Contoso.tbxml"));

    /// <summary>The path of a topology fixture written for the tests (Fixtures/Topologies).</summary>
    public static string Topology(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Topologies", name);

    /// <summary>A fresh temporary folder.</summary>
    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "xmpptopology-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Writes a topology file into a fresh temporary folder and returns its path.</summary>
    public static string WriteFile(string text, string name = "Topology.tbxml")
    {
        var path = Path.Combine(NewFolder(), name);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }

    /// <summary>Runs <c>xmpp-topology</c> with these arguments in-process.</summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = XmppTopologyCommand.Create(output, error).Parse(arguments).Invoke();
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Imports a topology file's text and returns the generated code (the import must succeed).</summary>
    public static string Import(string text, string name = "Topology.tbxml") => ImportFile(WriteFile(text, name));

    /// <summary>Imports a topology file and returns the generated code (the import must succeed).</summary>
    public static string ImportFile(string path)
    {
        var (exitCode, output, error) = Run("import", path);
        Assert.True(exitCode == 0, error);
        return output;
    }

    /// <summary>Runs an import into a fresh folder and returns the files written, by name (the import must succeed).</summary>
    public static Dictionary<string, string> ImportInto(string topology, params string[] arguments)
    {
        var folder = NewFolder();
        var (exitCode, output, error) = Run(["import", topology, .. arguments, "-o", folder]);
        Assert.True(exitCode == 0, error);
        Assert.Empty(output);
        return Directory.GetFiles(folder).ToDictionary(path => Path.GetFileName(path), File.ReadAllText);
    }

    /// <summary>Compiles generated files, runs the analyzer on them and builds the topology they define.</summary>
    public static async Task<Checked> CheckAsync(IEnumerable<(string Path, string Source)> files, string typeName)
    {
        var compilation = TopologyCompilation.Create(files);
        var diagnostics = await TopologyCompilation.AnalyzeAsync(compilation);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        var type = Assembly.Load(image.ToArray()).GetType(typeName, throwOnError: true)!;
        var topology = (Topology)type.GetMethod("Build")!.Invoke(null, null)!;
        return new Checked(topology, topology.Validate(), diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList());
    }

    /// <summary>A topology as built at run time, its Validate() findings and the analyzer's diagnostics.</summary>
    internal sealed record Checked(Topology Topology, IReadOnlyList<Finding> Findings, IReadOnlyList<Diagnostic> Diagnostics)
    {
        /// <summary>The rule IDs both sides report, each side sorted: the analyzer and Validate() must agree.</summary>
        public void AssertBothSidesReport(params string[] ruleIds)
        {
            Assert.Equal(ruleIds.Order(), Findings.Select(f => f.RuleId).Order());
            Assert.Equal(ruleIds.Order(), Diagnostics.Select(d => d.Id).Order());
        }
    }
}
