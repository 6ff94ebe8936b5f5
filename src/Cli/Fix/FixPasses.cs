using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Cli.Analysis;
using XmppTopology.Cli.Review;

namespace XmppTopology.Cli.Fix;

/// <summary>
/// Fixes in passes, in memory: each pass computes every finding's preferred fix against the code
/// as the last pass left it, applies those that do not overlap, and analyses again; the next pass
/// takes what the fixes revealed or what overlapped. A pass whose fixes break the build is rolled
/// back and its fixes are tried one by one, keeping each that compiles. Nothing is written here.
/// </summary>
internal static class FixPasses
{
    /// <summary>Enough for a fix that reveals another (an Edge's proxy, then the route through it) and for overlapping fixes, and a bound for fixes that undo each other.</summary>
    public const int MaxPasses = 5;

    public static async Task<FixOutcome> RunAsync(
        LoadedProjects loaded, string root, IReadOnlySet<string>? rules, ProgressLog progress, CancellationToken cancellationToken)
    {
        var analysis = await TopologyAnalysis.RunAsync(loaded.Projects, root, progress, cancellationToken).ConfigureAwait(false);
        UnknownRules(rules, analysis);
        var projectIds = analysis.Plugins.Keys.ToList();
        var original = loaded.Projects[0].Solution;
        var own = OwnDocuments.Of(projectIds.Select(original.GetProject).OfType<Project>(), root);
        bool Selected(Finding finding) => rules is null || rules.Contains(finding.Id);

        var solution = original;
        var selectedAtStart = analysis.Findings.Where(Selected).ToList();
        var applied = new List<AppliedFix>();
        var rolledBack = new List<string>();
        var why = new Dictionary<(string Id, string Path, string Message), string>();
        var breaking = new Dictionary<(string Id, string Path, string Message), string>(); // tried once: not again
        var passes = 0;
        while (passes < MaxPasses)
        {
            // Why a finding has no fix is asked again each pass: a fix may give another one a target.
            why.Clear();
            var proposals = new List<(Finding Finding, FixProposal? Fix, bool RuleHasFixes)>();
            foreach (var finding in analysis.Findings.Where(Selected))
            {
                var (fix, reason) = breaking.TryGetValue(Key(finding), out var broke)
                    ? (null, broke)
                    : await ProposeAsync(finding, analysis, own, root, cancellationToken).ConfigureAwait(false);
                if (reason is not null)
                {
                    why[Key(finding)] = reason;
                }

                proposals.Add((finding, fix, fix is not null));
            }

            var accepted = FixSet.Merge(proposals).Items.Where(i => i.Fix is not null && i.InPatch).ToList();
            if (accepted.Count == 0)
            {
                break;
            }

            passes++;
            var kept = await KeepWhatCompilesAsync(solution, accepted, own, rolledBack, breaking, cancellationToken).ConfigureAwait(false);
            if (kept.Count == 0)
            {
                break;
            }

            solution = Apply(solution, kept, own);
            applied.AddRange(kept.Select(i => new AppliedFix(passes, i.Finding, i.Fix!)));
            analysis = await TopologyAnalysis.RunAsync([.. projectIds.Select(solution.GetProject).OfType<Project>()], root, Quiet, cancellationToken).ConfigureAwait(false);
            progress.Report($"  pass {passes}: {kept.Count} fix(es) applied, {analysis.Findings.Count(Selected)} finding(s) left");
        }

        var left = analysis.Findings.Where(Selected).ToList();
        var leftKeys = left.Select(Key).ToHashSet();
        var fixedKeys = applied.Select(a => Key(a.Finding)).ToHashSet();
        var gone = selectedAtStart.Where(f => !leftKeys.Contains(Key(f)) && !fixedKeys.Contains(Key(f))).ToList();
        var reasons = left.Select(f => (f, breaking.GetValueOrDefault(Key(f)) ?? why.GetValueOrDefault(Key(f)) ?? $"still there after {MaxPasses} passes")).ToList();
        return new FixOutcome(applied, await ChangedFilesAsync(original, solution, own, cancellationToken).ConfigureAwait(false), gone, reasons, rolledBack, passes);
    }

    private static readonly ProgressLog Quiet = new(System.IO.TextWriter.Null, quiet: true);

    private static (string, string, string) Key(Finding finding) => (finding.Id, finding.Path, finding.Message);

    private static void UnknownRules(IReadOnlySet<string>? rules, TopologyAnalysis analysis)
    {
        var known = analysis.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = rules?.Where(r => !known.Contains(r)).Order(StringComparer.Ordinal).ToList() ?? [];
        if (unknown.Count > 0)
        {
            throw new CliException($"--diagnostics names no rule of the project's analyzer: {string.Join(", ", unknown)} (its rules: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
        }
    }

    // The finding's preferred fix, or why it has none that this command may apply.
    private static async Task<(FixProposal? Fix, string? Why)> ProposeAsync(Finding finding, TopologyAnalysis analysis, OwnDocuments own, string root, CancellationToken cancellationToken)
    {
        if (finding.Document is not { } document)
        {
            return (null, "in generated code: nothing to edit");
        }

        var plugins = analysis.Plugins[document.Project.Id];
        if (!plugins.FixersFor(finding.Id).Any())
        {
            return (null, "no automatic fix: the rule needs a decision only a person can make (see the rule's page)");
        }

        var fix = await PreferredFix.ComputeAsync(finding, plugins, root, cancellationToken).ConfigureAwait(false);
        if (fix is null)
        {
            return (null, "no fix applies here (see the rule's page)");
        }

        var outside = fix.Edits.FirstOrDefault(e => !own.Contains(e.Path));
        return outside is null ? (fix, null) : (null, $"its fix would change {outside.Path}, which is not one of the project's own files");
    }

    // The pass's fixes if they compile together; else each alone on top of those kept so far.
    private static async Task<List<ReviewItem>> KeepWhatCompilesAsync(
        Solution solution, List<ReviewItem> accepted, OwnDocuments own, List<string> rolledBack, Dictionary<(string, string, string), string> breaking, CancellationToken cancellationToken)
    {
        var error = await FirstBuildErrorAsync(Apply(solution, accepted, own), solution, cancellationToken).ConfigureAwait(false);
        if (error is null)
        {
            return accepted;
        }

        rolledBack.Add($"a pass of {accepted.Count} fix(es) broke the build ({error}): rolled back, then each fix tried alone");
        var kept = new List<ReviewItem>();
        foreach (var item in accepted)
        {
            var alone = await FirstBuildErrorAsync(Apply(solution, [.. kept, item], own), solution, cancellationToken).ConfigureAwait(false);
            if (alone is null)
            {
                kept.Add(item);
                continue;
            }

            var finding = item.Finding;
            rolledBack.Add($"{finding.Path}({finding.StartLine},{finding.Span.StartLinePosition.Character + 1}) {finding.Id}: '{item.Fix!.Title}' not applied, it breaks the build ({alone})");
            breaking[Key(finding)] = $"its fix '{item.Fix.Title}' breaks the build: {alone}";
        }

        return kept;
    }

    // Every fix of the pass is against the same texts and none overlaps another: one change set per file.
    private static Solution Apply(Solution solution, IEnumerable<ReviewItem> items, OwnDocuments own)
    {
        foreach (var edit in FixSet.Merge(items.Select(i => (i.Finding, i.Fix, true))).Documents)
        {
            var text = edit.OriginalText.WithChanges(edit.Changes.Select(c => WithLineBreaksOf(edit.OriginalText, c)));
            foreach (var id in own.Of(edit.Path))
            {
                solution = solution.WithDocumentText(id, text);
            }
        }

        return solution;
    }

    // A fix writes "\n" where it breaks a line; a file with "\r\n" line breaks keeps them.
    private static TextChange WithLineBreaksOf(SourceText text, TextChange change)
    {
        var crlf = text.Lines.Count > 1 && text.ToString(TextSpan.FromBounds(text.Lines[0].End, text.Lines[0].EndIncludingLineBreak)) == "\r\n";
        return crlf && change.NewText is { } newText && newText.Contains('\n', StringComparison.Ordinal)
            ? new TextChange(change.Span, newText.ReplaceLineEndings("\r\n"))
            : change;
    }

    // The first compiler error the change brings, in a changed project or one that builds on it.
    private static async Task<string?> FirstBuildErrorAsync(Solution changed, Solution before, CancellationToken cancellationToken)
    {
        var graph = changed.GetProjectDependencyGraph();
        var touched = changed.GetChanges(before).GetProjectChanges().Select(p => p.ProjectId).ToList();
        var toCheck = touched.Concat(touched.SelectMany(graph.GetProjectsThatTransitivelyDependOnThisProject)).Distinct();
        foreach (var id in toCheck)
        {
            if (changed.GetProject(id) is not { } project || await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation)
            {
                continue;
            }

            var errorBefore = await ErrorsAsync(before.GetProject(id), cancellationToken).ConfigureAwait(false);
            var error = compilation.GetDiagnostics(cancellationToken)
                .FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed && !errorBefore.Contains(d.Id + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            if (error is not null)
            {
                var span = error.Location.GetLineSpan();
                return $"{System.IO.Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {error.Id} {ProjectLoader.OneLine(error.GetMessage(System.Globalization.CultureInfo.InvariantCulture))}";
            }
        }

        return null;
    }

    // Errors a project already had (a project that does not reference the analyzer is not required to compile): only new ones count.
    private static async Task<HashSet<string>> ErrorsAsync(Project? project, CancellationToken cancellationToken)
    {
        var compilation = project is null ? null : await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        return compilation is null
            ? []
            : compilation.GetDiagnostics(cancellationToken)
                .Where(d => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed)
                .Select(d => d.Id + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
                .ToHashSet(StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyList<FixedFile>> ChangedFilesAsync(Solution original, Solution fixedSolution, OwnDocuments own, CancellationToken cancellationToken)
    {
        var files = new List<FixedFile>();
        foreach (var path in own.Paths.Order(StringComparer.Ordinal))
        {
            var id = own.Of(path)[0];
            var before = original.GetDocument(id)!;
            var after = fixedSolution.GetDocument(id)!;
            var oldText = await before.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var newText = await after.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (!oldText.ContentEquals(newText))
            {
                files.Add(new FixedFile(path, before.FilePath!, oldText, newText));
            }
        }

        return files;
    }

    /// <summary>The fixed file as minimal changes against its text as loaded, for a patch.</summary>
    public static DocumentEdit AsEdit(FixedFile file)
    {
        var changes = file.Fixed.GetTextChanges(file.Original);
        var trimmed = changes.Select(c => PreferredFix.Trim(file.Original, c)).Where(c => c.Span.Length > 0 || c.NewText!.Length > 0);
        return new DocumentEdit(file.Path, file.Original, [.. trimmed.OrderBy(c => c.Span.Start)]);
    }
}
