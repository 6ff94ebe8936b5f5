using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace XmppTopology.Cli.Analysis;

/// <summary>
/// The XmppTopology analyzers and code fix providers that a project references: its analyzer
/// references named XmppTopology.Analyzers* (the package's analyzers/dotnet/cs folder, or the
/// outputs of ProjectReference OutputItemType="Analyzer"), so the CLI runs the version the project
/// pins. Fix providers are found by their [ExportCodeFixProvider] attribute, without MEF; the
/// project's other analyzers (the SDK's own) are not run: this tool reports topology rules only.
/// </summary>
internal sealed class TopologyPlugins
{
    private const string AssemblyPrefix = "XmppTopology.Analyzers";

    // The projects of a solution share their analyzer files: each set is loaded once per process.
    private static readonly ConcurrentDictionary<string, TopologyPlugins> Loaded = new(StringComparer.Ordinal);

    private TopologyPlugins(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> fixers)
    {
        Analyzers = analyzers;
        Fixers = fixers;
    }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    public ImmutableArray<CodeFixProvider> Fixers { get; }

    public bool IsEmpty => Analyzers.IsEmpty;

    /// <summary>Every rule the analyzers can report, by ID.</summary>
    public IEnumerable<DiagnosticDescriptor> Rules =>
        Analyzers.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id, StringComparer.Ordinal);

    /// <summary>The fix providers for one rule, in a stable order (by name).</summary>
    public IEnumerable<CodeFixProvider> FixersFor(string id) => Fixers.Where(f => f.FixableDiagnosticIds.Contains(id));

    public static TopologyPlugins For(Project project)
    {
        var paths = project.AnalyzerReferences
            .Select(r => r.FullPath)
            .OfType<string>()
            .Where(p => Path.GetFileName(p).StartsWith(AssemblyPrefix, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        var missing = paths.FirstOrDefault(p => !File.Exists(p));
        if (missing is not null)
        {
            throw new CliException($"{project.Name} references the analyzer {missing}, which does not exist: build the project once (dotnet build) so its analyzer references are built");
        }

        var key = string.Join('|', paths.Select(p => p + "@" + File.GetLastWriteTimeUtc(p).Ticks));
        return Loaded.GetOrAdd(key, _ => Create(paths));
    }

    private static TopologyPlugins Create(IEnumerable<string> paths)
    {
        var types = paths.SelectMany(Load).ToList();
        var analyzers = types
            .Where(t => t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        var fixers = types
            .Where(t => t.GetCustomAttributes<ExportCodeFixProviderAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        return new TopologyPlugins(analyzers, fixers);
    }

    private static IEnumerable<Type> Load(string path)
    {
        try
        {
            var context = new AnalyzerLoadContext(Path.GetDirectoryName(path)!);
            return context.LoadFromAssemblyPath(path).GetTypes().Where(t => t is { IsAbstract: false, IsClass: true });
        }
        catch (Exception exception) when (exception is BadImageFormatException or FileLoadException or ReflectionTypeLoadException)
        {
            throw new CliException($"could not load the analyzer {path}: {ProjectLoader.OneLine(exception.Message)}", exception);
        }
    }
}
