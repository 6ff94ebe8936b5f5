using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace XmppTopology.Cli.Analysis;

/// <summary>The topology rules' findings on a loaded solution, and what the review needs to fix them.</summary>
internal sealed class TopologyAnalysis
{
    private TopologyAnalysis(string root, IReadOnlyList<Finding> findings, IReadOnlyDictionary<ProjectId, TopologyPlugins> plugins)
    {
        Root = root;
        Findings = findings;
        Plugins = plugins;
    }

    /// <summary>The folder that finding paths are relative to.</summary>
    public string Root { get; }

    /// <summary>Every finding, by file, position and rule; one per place even when a project has several target frameworks.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The analyzers and fixers of each analysed project.</summary>
    public IReadOnlyDictionary<ProjectId, TopologyPlugins> Plugins { get; }

    /// <summary>Every rule the analysed projects' analyzers know, by ID.</summary>
    public IReadOnlyList<DiagnosticDescriptor> Rules =>
        Plugins.Values.SelectMany(p => p.Rules).GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    public static async Task<TopologyAnalysis> RunAsync(IReadOnlyList<Project> projects, string root, ProgressLog progress, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var plugins = new Dictionary<ProjectId, TopologyPlugins>();
        foreach (var project in projects)
        {
            var projectPlugins = TopologyPlugins.For(project);
            if (projectPlugins.IsEmpty)
            {
                progress.Report($"  skipped {project.Name}: it does not reference the XmppTopology analyzer");
                continue;
            }

            plugins[project.Id] = projectPlugins;
            var found = await AnalyseAsync(project, projectPlugins, root, cancellationToken).ConfigureAwait(false);
            progress.Report($"  analysed {project.Name}: {project.DocumentIds.Count} document(s), {found.Count} finding(s)");
            findings.AddRange(found);
        }

        if (plugins.Count == 0)
        {
            throw new CliException("no project references the XmppTopology analyzer (the XmppTopology package, or XmppTopology.Analyzers as an analyzer): nothing to check");
        }

        var distinct = findings
            .GroupBy(f => (f.Id, f.Path, f.Diagnostic.Location.SourceSpan, f.Message))
            .Select(g => g.First())
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Diagnostic.Location.SourceSpan.Start)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
        return new TopologyAnalysis(root, distinct, plugins);
    }

    private static async Task<List<Finding>> AnalyseAsync(Project project, TopologyPlugins plugins, string root, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new CliException($"{project.Name} cannot be compiled");

        // The rules need code that compiles; a build error is the thing to fix first.
        var buildError = compilation.GetDiagnostics(cancellationToken).FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed);
        if (buildError is not null)
        {
            throw new CliException($"{project.Name} does not compile: {Describe(buildError, root)}");
        }

        var options = new CompilationWithAnalyzersOptions(project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(plugins.Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        // AD0001: an analyzer threw. Its findings would be incomplete, so say so instead of reporting them.
        var crash = diagnostics.FirstOrDefault(d => d.Id == "AD0001");
        if (crash is not null)
        {
            throw new CliException($"the XmppTopology analyzer failed on {project.Name}: {ProjectLoader.OneLine(crash.GetMessage(System.Globalization.CultureInfo.InvariantCulture))}");
        }

        return diagnostics
            .Where(d => d.Location.IsInSource && d.Severity != DiagnosticSeverity.Hidden && !d.IsSuppressed)
            .Select(d => ToFinding(d, project.Solution, root))
            .ToList();
    }

    private static Finding ToFinding(Diagnostic diagnostic, Solution solution, string root)
    {
        var span = diagnostic.Location.GetLineSpan();
        return new Finding(diagnostic, solution.GetDocument(diagnostic.Location.SourceTree), ReportRoot.RelativePath(root, span.Path), span);
    }

    private static string Describe(Diagnostic diagnostic, string root)
    {
        var span = diagnostic.Location.GetLineSpan();
        var where = diagnostic.Location.IsInSource
            ? $"{ReportRoot.RelativePath(root, span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): "
            : "";
        return $"{where}error {diagnostic.Id}: {ProjectLoader.OneLine(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture))}";
    }
}
