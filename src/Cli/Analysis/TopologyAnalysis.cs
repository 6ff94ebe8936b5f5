using System;
using System.Collections.Generic;
using System.IO;
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
                // Without restore its packages are not there, the XmppTopology analyzer among them.
                if (!IsRestored(project))
                {
                    throw new CliException($"{project.Name} is not restored (no project.assets.json): run dotnet restore {Path.GetFileName(project.FilePath)}, then check again");
                }

                progress.Report($"  skipped {project.Name}: it does not reference the XmppTopology analyzer");
                continue;
            }

            plugins[project.Id] = projectPlugins;
            var found = await AnalyseAsync(project, projectPlugins, root, progress, cancellationToken).ConfigureAwait(false);
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

    private static async Task<List<Finding>> AnalyseAsync(Project project, TopologyPlugins plugins, string root, ProgressLog progress, CancellationToken cancellationToken)
    {
        // dotnet build stops at a source file the project lists but that is not there (CS2001); so do we.
        var missing = project.Documents.FirstOrDefault(d => d.FilePath is { } file && !File.Exists(file));
        if (missing is not null)
        {
            throw new CliException($"{project.Name} lists {ReportRoot.RelativePath(root, missing.FilePath!)}, which does not exist (dotnet build: error CS2001): remove it from the project or restore the file");
        }

        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new CliException($"{project.Name} cannot be compiled");

        // The rules need code that compiles; a build error is the thing to fix first.
        var buildError = FirstBuildError(compilation, project.Name, progress, cancellationToken);
        if (buildError is not null)
        {
            throw new CliException($"{project.Name} does not compile: {Describe(buildError, root)}");
        }

        var options = new CompilationWithAnalyzersOptions(project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(plugins.Analyzers, options);

        // Document by document, so the count can move; the whole-compilation call then adds only
        // what no document holds, reusing every document's result.
        var trees = compilation.SyntaxTrees.ToList();
        for (var i = 0; i < trees.Count; i++)
        {
            await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(trees[i]), filterSpan: null, cancellationToken).ConfigureAwait(false);
            progress.Count("analysing", project.Name, i + 1, trees.Count);
        }

        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

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

    // The compiler's errors, one document at a time (in parallel) so the count can move, then
    // those of no document (references, options): what Compilation.GetDiagnostics() holds.
    private static Diagnostic? FirstBuildError(Compilation compilation, string project, ProgressLog progress, CancellationToken cancellationToken)
    {
        static bool IsError(Diagnostic d) => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed;

        var trees = compilation.SyntaxTrees.ToList();
        var errors = new Diagnostic?[trees.Count];
        var done = 0;
        Parallel.For(0, trees.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            errors[i] = compilation.GetSemanticModel(trees[i]).GetDiagnostics(cancellationToken: cancellationToken).FirstOrDefault(IsError);
            progress.Count("compiling", project, Interlocked.Increment(ref done), trees.Count);
        });

        return errors.FirstOrDefault(e => e is not null)
            ?? compilation.GetDeclarationDiagnostics(cancellationToken).FirstOrDefault(d => IsError(d) && !d.Location.IsInSource);
    }

    // Restore writes project.assets.json into the project's intermediate folder (obj/ unless moved).
    private static bool IsRestored(Project project)
    {
        var projectFolder = Path.GetDirectoryName(project.FilePath);
        var intermediate = Path.GetDirectoryName(project.CompilationOutputInfo.AssemblyPath);
        for (var folder = intermediate; folder is not null && folder.Length >= (projectFolder?.Length ?? 0); folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, "project.assets.json")))
            {
                return true;
            }
        }

        return projectFolder is not null && File.Exists(Path.Combine(projectFolder, "obj", "project.assets.json"));
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
