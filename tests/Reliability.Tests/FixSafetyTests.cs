using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// Fix safety on generated topologies with a comment on every line: every code action of every
/// fixable diagnostic yields code that compiles, keeps every comment, changes only the lines of the
/// diagnosed call and of the declarations the diagnostic points at (the generator writes one call
/// per line), deletes no statement (but the later declaration TOPO006's fix removes, on its own
/// lines), and removes its diagnostic. Fix All in solution scope, for the preferred action of each rule,
/// converges: after at most a few passes it has nothing left to change, and each pass compiles.
/// </summary>
public partial class FixSafetyTests(ITestOutputHelper output)
{
    private static readonly int Topologies = Environment.GetEnvironmentVariable("XMPPTOPOLOGY_LONG") == "1" ? 10_000 : 300;

    private const int MaxFixAllPasses = 4;

    [Fact]
    public async Task Every_code_action_compiles_keeps_comments_and_statements_and_removes_its_diagnostic()
    {
        var failures = new List<string>();
        var (actionsChecked, fixAllChecked, seedsWithFixes) = (0, 0, 0);
        var idsFixed = new SortedSet<string>(StringComparer.Ordinal);

        for (var seed = 1; seed <= Topologies && failures.Count < 10; seed++)
        {
            var files = Commented(RandomTopology.Write(seed));
            var project = AnalyzerHarness.CreateProject(files);
            var exceptions = new ConcurrentQueue<Exception>();
            using var limit = new CancellationTokenSource(AnalyzerHarness.PerCaseLimit * 4);
            Assert.Empty(await CompileErrorsAsync(project));
            var analyzed = await AnalyzerHarness.AnalyzeAsync(project, exceptions, limit.Token);
            var diagnostics = analyzed
                .Where(d => d.Location.IsInSource && AnalyzerHarness.Fixers.Any(f => f.FixableDiagnosticIds.Contains(d.Id)))
                .ToList();
            var preferred = new Dictionary<string, CodeFixProvider>(StringComparer.Ordinal);

            foreach (var diagnostic in diagnostics)
            {
                var document = project.GetDocument(diagnostic.Location.SourceTree)!;
                var actions = await AnalyzerHarness.ActionsAsync(document, diagnostic, exceptions, limit.Token);
                if (actions.Count > 0 && actions[0].EquivalenceKey is { } key && !preferred.ContainsKey(key)
                    && await FixerOfAsync(document, diagnostic, key, limit.Token) is { } fixer)
                {
                    preferred.Add(key, fixer);
                }

                foreach (var action in actions)
                {
                    actionsChecked++;
                    idsFixed.Add(diagnostic.Id);
                    var fixedSolution = await AnalyzerHarness.ApplyAsync(action, diagnostic, exceptions, limit.Token);
                    if (fixedSolution is null)
                    {
                        continue;
                    }

                    var problems = await CheckActionAsync(project, analyzed, fixedSolution.GetProject(project.Id)!, diagnostic, exceptions, limit.Token);
                    if (problems.Count > 0)
                    {
                        failures.Add(await DescribeAsync(seed, diagnostic, action, problems, project, fixedSolution.GetProject(project.Id)!));
                    }
                }
            }

            seedsWithFixes += preferred.Count > 0 ? 1 : 0;
            foreach (var (key, fixer) in preferred)
            {
                fixAllChecked++;
                var problem = await FixAllConvergesAsync(project, fixer, key, exceptions, limit.Token);
                if (problem is not null)
                {
                    failures.Add($"seed {seed}, Fix All '{key}' in solution scope: {problem}\n{Listing(files)}");
                }
            }

            failures.AddRange(exceptions.Select(e => $"seed {seed}: {e}"));
        }

        output.WriteLine($"fix safety: {Topologies} topologies ({seedsWithFixes} with fixes), {actionsChecked} code actions, {fixAllChecked} Fix All runs; rules fixed: {string.Join(", ", idsFixed)}");
        Assert.True(failures.Count == 0, $"{failures.Count} failure(s):\n{string.Join("\n", failures.Select(f => f.Split('\n')[0]))}\n\nthe first ones in full:\n\n{string.Join("\n\n", failures.Take(3))}");
        Assert.True(idsFixed.Count >= 8, "the generated topologies reach too few fixable rules: " + string.Join(", ", idsFixed));
    }

    [Fact]
    public async Task The_checks_catch_a_fix_that_loses_a_comment_touches_another_statement_and_fixes_nothing()
    {
        var project = AnalyzerHarness.CreateProject(Commented(RandomTopology.Write(2)));
        var exceptions = new ConcurrentQueue<Exception>();
        var diagnostic = (await AnalyzerHarness.AnalyzeAsync(project, exceptions, CancellationToken.None)).First(d => d.Id == "XMPP001");
        var users = project.Documents.Single(d => d.Name == "Users.cs");
        var text = (await users.GetTextAsync()).ToString();
        var diagnosedLine = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        var lines = text.Split('\n');
        var other = Enumerable.Range(0, lines.Length).First(i => i != diagnosedLine && lines[i].Contains("users.User(", StringComparison.Ordinal));
        lines[other] = CommentMarker().Replace(lines[other], "").Replace(".HomedOn(", ".Xmpp(false).HomedOn(", StringComparison.Ordinal);
        var sabotaged = users.WithText(SourceText.From(string.Join('\n', lines))).Project;

        var problems = await CheckActionAsync(project, await AnalyzerHarness.AnalyzeAsync(project, exceptions, CancellationToken.None), sabotaged, diagnostic, exceptions, CancellationToken.None);

        Assert.Contains(problems, p => p.StartsWith("comments lost", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("changes outside the diagnosed lines", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("its diagnostic is still there", StringComparison.Ordinal));
        Assert.Empty(exceptions);
    }

    // One comment at the end of every line, each with its own number: a fix must keep them all.
    private static List<(string Path, string Source)> Commented(IReadOnlyList<(string Path, string Source)> files)
    {
        var number = 0;
        return [.. files.Select(f => (f.Path, string.Concat(f.Source.Split('\n').Select(line => line.Length == 0 ? "\n" : $"{line} // c{++number}\n"))))];
    }

    [GeneratedRegex(@"// c\d+\b")]
    private static partial Regex CommentMarker();

    private static async Task<IReadOnlyList<Diagnostic>> CompileErrorsAsync(Project project) =>
        [.. (await project.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];

    private static async Task<CodeFixProvider?> FixerOfAsync(Document document, Diagnostic diagnostic, string? key, CancellationToken cancellationToken)
    {
        foreach (var fixer in AnalyzerHarness.Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            var keys = new List<string?>();
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => keys.Add(action.EquivalenceKey), cancellationToken));
            if (keys.Contains(key))
            {
                return fixer;
            }
        }

        return null;
    }

    private static async Task<List<string>> CheckActionAsync(Project before, ImmutableArray<Diagnostic> diagnosticsBefore, Project after, Diagnostic diagnostic, ConcurrentQueue<Exception> exceptions, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var errors = await CompileErrorsAsync(after);
        if (errors.Count > 0)
        {
            problems.Add("does not compile: " + string.Join("; ", errors.Take(3)));
        }

        var markersBefore = await MarkersAsync(before);
        var markersAfter = await MarkersAsync(after);
        var lost = markersBefore.Except(markersAfter).ToList();
        if (lost.Count > 0 || markersAfter.Count != markersBefore.Count)
        {
            problems.Add($"comments lost or duplicated: {string.Join(", ", lost)} ({markersBefore.Count} before, {markersAfter.Count} after)");
        }

        var changedDocuments = 0;
        foreach (var oldDocument in before.Documents)
        {
            var newDocument = after.GetDocument(oldDocument.Id)!;
            var changes = (await newDocument.GetTextChangesAsync(oldDocument, cancellationToken)).ToList();
            if (changes.Count == 0)
            {
                continue;
            }

            changedDocuments++;
            var oldRoot = (await oldDocument.GetSyntaxRootAsync(cancellationToken))!;
            var newRoot = (await newDocument.GetSyntaxRootAsync(cancellationToken))!;
            // TOPO006's fix removes the diagnosed declaration: its statement alone, the line check below says.
            var removed = diagnostic.Id == "TOPO006" && diagnostic.Location.SourceTree?.FilePath == oldDocument.FilePath ? 1 : 0;
            if (Statements(newRoot).Count != Statements(oldRoot).Count && Statements(newRoot).Count != Statements(oldRoot).Count - removed)
            {
                problems.Add($"{oldDocument.Name}: {Statements(oldRoot).Count} statements before, {Statements(newRoot).Count} after");
            }

            // The generator writes one DSL call per line: a fix may change only the lines of the
            // diagnosed call and of the diagnostic's additional locations (XMPP005's fix enables
            // the proxy on such an Edge), never another line of the same statement or file.
            var oldText = await oldDocument.GetTextAsync(cancellationToken);
            var allowed = new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations)
                .Where(l => l.SourceTree?.FilePath == oldDocument.FilePath)
                .Select(l => TextSpan.FromBounds(oldText.Lines.GetLineFromPosition(l.SourceSpan.Start).Start, oldText.Lines.GetLineFromPosition(l.SourceSpan.End).EndIncludingLineBreak))
                .ToList();
            var outside = changes.Where(c => !allowed.Any(a => a.Contains(c.Span))).ToList();
            if (outside.Count > 0)
            {
                problems.Add($"{oldDocument.Name}: changes outside the diagnosed lines: {string.Join("; ", outside.Select(c => $"line {oldText.Lines.GetLineFromPosition(c.Span.Start).LineNumber + 1} '{Clip(oldText.ToString(c.Span))}' -> '{Clip(c.NewText)}'"))}");
            }
        }

        if (changedDocuments == 0)
        {
            problems.Add("the action changes nothing");
        }

        var remainingBefore = Count(diagnosticsBefore, diagnostic);
        var remainingAfter = Count(await AnalyzerHarness.AnalyzeAsync(after, exceptions, cancellationToken), diagnostic);
        if (remainingAfter >= remainingBefore)
        {
            problems.Add($"its diagnostic is still there ({diagnostic.Id} on {Element(diagnostic)}: {remainingBefore} before, {remainingAfter} after)");
        }

        return problems;
    }

    private static async Task<List<string>> MarkersAsync(Project project)
    {
        var markers = new List<string>();
        foreach (var document in project.Documents)
        {
            markers.AddRange(CommentMarker().Matches((await document.GetTextAsync()).ToString()).Select(m => m.Value));
        }

        return markers;
    }

    // Statements and members: the units a fix must not delete or touch unless they are its own.
    private static List<SyntaxNode> Statements(SyntaxNode root) =>
        [.. root.DescendantNodes().Where(n => n is StatementSyntax or MemberDeclarationSyntax)];

    private static int Count(ImmutableArray<Diagnostic> diagnostics, Diagnostic diagnostic) =>
        diagnostics.Count(d => d.Id == diagnostic.Id && Element(d) == Element(diagnostic));

    private static string Element(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue("Element", out var element) ? element ?? "" : "";

    /// <summary>Fix All in solution scope, again and again: within a few passes it must find nothing left to change.</summary>
    private static async Task<string?> FixAllConvergesAsync(Project project, CodeFixProvider fixer, string key, ConcurrentQueue<Exception> exceptions, CancellationToken cancellationToken)
    {
        var diagnosticProvider = new AnalyzerDiagnostics(exceptions);
        for (var pass = 1; pass <= MaxFixAllPasses; pass++)
        {
            var diagnostics = (await AnalyzerHarness.AnalyzeAsync(project, exceptions, cancellationToken)).Where(d => fixer.FixableDiagnosticIds.Contains(d.Id) && d.Location.IsInSource).ToList();
            Document? anchor = null;
            foreach (var diagnostic in diagnostics)
            {
                var document = project.GetDocument(diagnostic.Location.SourceTree)!;
                if ((await AnalyzerHarness.ActionsAsync(document, diagnostic, exceptions, cancellationToken)).Any(a => a.EquivalenceKey == key))
                {
                    anchor = document;
                    break;
                }
            }

            if (anchor is null)
            {
                return null; // nothing offers the action any more: converged
            }

            CodeAction? fixAll;
            try
            {
                fixAll = await fixer.GetFixAllProvider()!.GetFixAsync(new FixAllContext(anchor, fixer, FixAllScope.Solution, key, fixer.FixableDiagnosticIds, diagnosticProvider, cancellationToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return $"pass {pass} threw {exception}";
            }

            if (fixAll is null)
            {
                return $"pass {pass}: the action is offered but Fix All returns nothing";
            }

            var fixedSolution = await AnalyzerHarness.ApplyAsync(fixAll, diagnostics[0], exceptions, cancellationToken);
            if (fixedSolution is null)
            {
                return $"pass {pass} threw (see exceptions)";
            }

            var fixedProject = fixedSolution.GetProject(project.Id)!;
            var changed = false;
            foreach (var document in project.Documents)
            {
                changed |= (await fixedProject.GetDocument(document.Id)!.GetTextChangesAsync(document, cancellationToken)).Any();
            }

            if (!changed)
            {
                return null; // a fixed point
            }

            var errors = await CompileErrorsAsync(fixedProject);
            if (errors.Count > 0)
            {
                return $"pass {pass} does not compile: {string.Join("; ", errors.Take(3))}";
            }

            project = fixedProject;
        }

        return $"still changing the code after {MaxFixAllPasses} passes";
    }

    private static async Task<string> DescribeAsync(int seed, Diagnostic diagnostic, CodeAction action, List<string> problems, Project before, Project after)
    {
        var text = new StringBuilder().Append(System.Globalization.CultureInfo.InvariantCulture, $"seed {seed}, {diagnostic.Id} on '{Element(diagnostic)}' at {diagnostic.Location.GetLineSpan()}, action '{action.Title}' ({action.EquivalenceKey}):\n  ");
        text.AppendJoin("\n  ", problems).Append('\n');
        foreach (var document in before.Documents)
        {
            var newDocument = after.GetDocument(document.Id)!;
            foreach (var change in await newDocument.GetTextChangesAsync(document))
            {
                var oldText = await document.GetTextAsync();
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"  {document.Name} line {oldText.Lines.GetLineFromPosition(change.Span.Start).LineNumber + 1}: '{Clip(oldText.ToString(change.Span))}' -> '{Clip(change.NewText)}'\n");
            }
        }

        text.Append("--- source before ---\n");
        foreach (var document in before.Documents)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"// {document.FilePath}\n{await document.GetTextAsync()}\n");
        }

        return text.ToString();
    }

    private static string Listing(IEnumerable<(string Path, string Source)> files) =>
        string.Join("\n", files.Select(f => $"// {f.Path}\n{f.Source}"));

    private static string Clip(string? text) => text is null ? "" : text.Length <= 200 ? text : text[..200] + "…";

    /// <summary>What Fix All asks for: the analyzer's diagnostics per document and per project, one analysis per project state.</summary>
    private sealed class AnalyzerDiagnostics(ConcurrentQueue<Exception> exceptions) : FixAllContext.DiagnosticProvider
    {
        private readonly ConditionalWeakTable<Project, Task<ImmutableArray<Diagnostic>>> analyses = [];

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return (await AnalyzeAsync(document.Project, cancellationToken)).Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await AnalyzeAsync(project, cancellationToken);

        private Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, CancellationToken cancellationToken) =>
            analyses.GetValue(project, p => AnalyzerHarness.AnalyzeAsync(p, exceptions, cancellationToken));
    }
}
