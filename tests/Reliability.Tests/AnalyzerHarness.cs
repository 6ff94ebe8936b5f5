using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers;
using XmppTopology.Analyzers.CodeFixes;
using XmppTopology.Analyzers.Tests.Infrastructure;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// Runs the analyzer and every code fix on a set of sources the way an editor does: the analyzer
/// through <see cref="CompilationWithAnalyzers"/> with its exception callback, every fixer's
/// actions registered for every diagnostic and each action's changed solution computed. Every
/// exception is collected; a case that does not finish within <see cref="PerCaseLimit"/> is a hang.
/// </summary>
internal static class AnalyzerHarness
{
    /// <summary>Generous: a case normally takes milliseconds; this only detects a hang.</summary>
    public static readonly TimeSpan PerCaseLimit = TimeSpan.FromSeconds(30);

    /// <summary>Every code fix provider the package ships.</summary>
    public static readonly ImmutableArray<CodeFixProvider> Fixers =
    [
        new EnableXmppProxyFixProvider(), new RemoveCallFixProvider(), new RemoveUserDeclarationFixProvider(), new ReplaceReferenceFixProvider(), new TlsNegotiationFixProvider(), new UserXmppFixProvider(),
    ];

    private static readonly AdhocWorkspace Workspace = new();

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() => [.. TopologyCompilation.Create([]).References]);

    /// <summary>A one-project solution of these sources, compiled like <see cref="TopologyCompilation.Create"/>.</summary>
    public static Project CreateProject(IEnumerable<(string Path, string Source)> files)
    {
        var template = TopologyCompilation.Create([]);
        var projectId = ProjectId.CreateNewId();
        var solution = Workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "Topologies",
            "Topologies",
            LanguageNames.CSharp,
            compilationOptions: template.Options,
            parseOptions: new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest),
            metadataReferences: References.Value));
        foreach (var (path, source) in files)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId, path), Path.GetFileName(path), SourceText.From(source), filePath: path);
        }

        return solution.GetProject(projectId)!;
    }

    /// <summary>The analyzer's diagnostics on a project, its exceptions added to <paramref name="exceptions"/>.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, ConcurrentQueue<Exception> exceptions, CancellationToken cancellationToken)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        var withAnalyzers = compilation.WithAnalyzers(
            [new TopologyAnalyzer()],
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]),
                onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue(exception),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        // Besides the callback: an exception the driver turned into AD0001 counts too.
        foreach (var crash in diagnostics.Where(d => d.Id == "AD0001"))
        {
            exceptions.Enqueue(new InvalidOperationException("AD0001: " + crash.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return diagnostics;
    }

    /// <summary>Every action of every fixer for one diagnostic; a fixer's exception is collected, not thrown.</summary>
    public static async Task<IReadOnlyList<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic, ConcurrentQueue<Exception> exceptions, CancellationToken cancellationToken)
    {
        var actions = new List<CodeAction>();
        foreach (var fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
            try
            {
                await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                exceptions.Enqueue(new InvalidOperationException($"{fixer.GetType().Name} registering fixes for {diagnostic}", exception));
            }
        }

        return actions;
    }

    /// <summary>The solution an action produces (null when the action threw, which is collected).</summary>
    public static async Task<Solution?> ApplyAsync(CodeAction action, Diagnostic diagnostic, ConcurrentQueue<Exception> exceptions, CancellationToken cancellationToken)
    {
        try
        {
            var operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
            return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            exceptions.Enqueue(new InvalidOperationException($"code action '{action.Title}' ({action.EquivalenceKey}) for {diagnostic}", exception));
            return null;
        }
    }

    /// <summary>
    /// What an editor does with one state of the code: analyze it, and for every diagnostic compute
    /// every fix. Returns the exceptions, the number of diagnostics of ours and of actions computed,
    /// and whether the whole case finished within the limit.
    /// </summary>
    public static async Task<CaseResult> RunCaseAsync(IEnumerable<(string Path, string Source)> files)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        using var limit = new CancellationTokenSource(PerCaseLimit);
        var project = CreateProject(files);
        var counts = (Diagnostics: 0, Actions: 0);

        async Task Body()
        {
            var diagnostics = await AnalyzeAsync(project, exceptions, limit.Token).ConfigureAwait(false);
            foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource))
            {
                counts.Diagnostics++;
                var document = project.GetDocument(diagnostic.Location.SourceTree);
                if (document is null)
                {
                    continue;
                }

                foreach (var action in await ActionsAsync(document, diagnostic, exceptions, limit.Token).ConfigureAwait(false))
                {
                    counts.Actions++;
                    await ApplyAsync(action, diagnostic, exceptions, limit.Token).ConfigureAwait(false);
                }
            }
        }

        // The token asks the analyzer to stop; WaitAsync catches code that never looks at it.
        try
        {
            await Task.Run(Body, limit.Token).WaitAsync(PerCaseLimit + TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            return new CaseResult([.. exceptions], counts.Diagnostics, counts.Actions, Finished: true);
        }
        catch (Exception exception) when (exception is OperationCanceledException or TimeoutException)
        {
            return new CaseResult([.. exceptions], counts.Diagnostics, counts.Actions, Finished: false);
        }
    }

    /// <summary>A failure message that lets the case be replayed.</summary>
    public static string Describe(string what, string source, IReadOnlyList<Exception> exceptions) =>
        $"{what}: {string.Join(Environment.NewLine, exceptions.Select(e => e.ToString()))}{Environment.NewLine}--- source ---{Environment.NewLine}{source}";
}

/// <summary>The outcome of one case of <see cref="AnalyzerHarness.RunCaseAsync"/>.</summary>
internal sealed record CaseResult(IReadOnlyList<Exception> Exceptions, int Diagnostics, int Actions, bool Finished);
