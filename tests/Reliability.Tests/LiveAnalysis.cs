using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers;
using XmppTopology.Analyzers.Tests.Infrastructure;

namespace XmppTopology.Reliability.Tests;

/// <summary>
/// The analyzer as an editor runs it, against a cold analysis of the same code. The live side keeps
/// one compilation and one analyzer instance across edits: each new state replaces the changed trees
/// (the text change applied to the old tree, as an editor's incremental parse does), adds and
/// removes files, and keeps every unchanged tree the same object, so whatever the analyzer cached
/// for it is reused; its diagnostics are asked document by document, the changed ones first. The
/// cold side parses every file anew and runs a new analyzer instance, so nothing cached can apply.
/// </summary>
internal sealed class LiveAnalysis
{
    private readonly TopologyAnalyzer _analyzer = new();
    private Compilation? _compilation;

    /// <summary>The live compilation after the last state: what <see cref="RuntimeVerdict"/> may run.</summary>
    public Compilation Compilation => _compilation ?? throw new InvalidOperationException("no state analyzed yet");

    public async Task<AnalysisStep> AnalyzeAsync(IReadOnlyList<(string Path, string Source)> files, CancellationToken cancellationToken)
    {
        var changed = Update(files);
        var exceptions = new ConcurrentQueue<Exception>();
        var compilation = _compilation!;
        var live = compilation.WithAnalyzers([_analyzer], Options(exceptions));

        // The editor's path first: the edited documents' diagnostics, asked one by one.
        var edited = new List<Diagnostic>();
        foreach (var tree in changed.OrderBy(t => t.FilePath, StringComparer.Ordinal))
        {
            edited.AddRange(await live.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, cancellationToken).ConfigureAwait(false));
        }

        var liveDiagnostics = await live.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        var cold = TopologyCompilation.Create(files);
        var coldDiagnostics = await cold.WithAnalyzers([new TopologyAnalyzer()], Options(exceptions)).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var crash in liveDiagnostics.Concat(coldDiagnostics).Where(d => d.Id == "AD0001"))
        {
            exceptions.Enqueue(new InvalidOperationException("AD0001: " + crash.GetMessage(CultureInfo.InvariantCulture)));
        }

        return new AnalysisStep(
            cold,
            Listing(liveDiagnostics),
            Listing(coldDiagnostics),
            Listing(edited),
            Listing(liveDiagnostics.Where(d => changed.Contains(d.Location.SourceTree!))),
            liveDiagnostics,
            [.. exceptions]);
    }

    /// <summary>One line per diagnostic, sorted: id, file, span, message, additional locations, properties.</summary>
    public static List<string> Listing(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d =>
            $"{d.Location.SourceTree?.FilePath}({d.Location.SourceSpan.Start}..{d.Location.SourceSpan.End}) {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}"
            + (d.AdditionalLocations.Count > 0 ? $" also at [{string.Join(", ", d.AdditionalLocations.Select(l => $"{l.SourceTree?.FilePath}({l.SourceSpan.Start}..{l.SourceSpan.End})"))}]" : "")
            + (d.Properties.Count > 0 ? " {" + string.Join(", ", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")) + "}" : ""))
            .Order(StringComparer.Ordinal)];

    private static CompilationWithAnalyzersOptions Options(ConcurrentQueue<Exception> exceptions) =>
        new(new AnalyzerOptions([]), onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception), concurrentAnalysis: false, logAnalyzerExecutionTime: false);

    /// <summary>Brings the live compilation to these files; returns the trees that are new objects.</summary>
    private HashSet<SyntaxTree> Update(IReadOnlyList<(string Path, string Source)> files)
    {
        if (_compilation is null)
        {
            _compilation = TopologyCompilation.Create(files);
            return [.. _compilation.SyntaxTrees];
        }

        var changed = new HashSet<SyntaxTree>();
        var byPath = _compilation.SyntaxTrees.ToDictionary(t => t.FilePath, StringComparer.Ordinal);
        var wanted = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        _compilation = _compilation.RemoveSyntaxTrees(byPath.Where(p => !wanted.Contains(p.Key)).Select(p => p.Value));
        foreach (var (path, source) in files)
        {
            if (!byPath.TryGetValue(path, out var tree))
            {
                var added = CSharpSyntaxTree.ParseText(source, (CSharpParseOptions)_compilation.SyntaxTrees.FirstOrDefault()?.Options! ?? new CSharpParseOptions(LanguageVersion.Latest), path);
                _compilation = _compilation.AddSyntaxTrees(added);
                changed.Add(added);
                continue;
            }

            var old = tree.GetText();
            if (old.ToString() == source)
            {
                continue;
            }

            var edited = tree.WithChangedText(old.WithChanges(Change(old.ToString(), source)));
            _compilation = _compilation.ReplaceSyntaxTree(tree, edited);
            changed.Add(edited);
        }

        return changed;
    }

    /// <summary>The one text change that turns <paramref name="old"/> into <paramref name="now"/>: what differs between their common start and end.</summary>
    private static TextChange Change(string old, string now)
    {
        var prefix = 0;
        while (prefix < old.Length && prefix < now.Length && old[prefix] == now[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < old.Length - prefix && suffix < now.Length - prefix && old[^(suffix + 1)] == now[^(suffix + 1)])
        {
            suffix++;
        }

        return new TextChange(TextSpan.FromBounds(prefix, old.Length - suffix), now[prefix..^suffix]);
    }
}

/// <summary>
/// One state analyzed live and cold: the cold compilation, both listings, the edited documents'
/// diagnostics as the editor asked them and as the whole live analysis gave them, the live
/// diagnostics and any analyzer exception.
/// </summary>
internal sealed record AnalysisStep(
    Compilation Cold,
    List<string> Live,
    List<string> ColdListing,
    List<string> EditedByDocument,
    List<string> EditedInLive,
    ImmutableArray<Diagnostic> LiveDiagnostics,
    IReadOnlyList<Exception> Exceptions);
