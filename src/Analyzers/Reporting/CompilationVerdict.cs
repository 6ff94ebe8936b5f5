using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Joining;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Extraction;

namespace XmppTopology.Analyzers.Reporting;

/// <summary>
/// The rules' verdict on every topology of one compilation, as diagnostics grouped by the tree
/// they are reported in. Computed once per compilation, on first demand, from cached tree facts.
/// </summary>
internal sealed class CompilationVerdict
{
    /// <summary>The property that carries a finding's fix targets (FQDNs, nearest first, ';'-separated).</summary>
    public const string FixTargetsProperty = "FixTargets";

    /// <summary>The property that names the element a finding is about, as Validate() names it.</summary>
    public const string ElementProperty = "Element";

    private readonly Dictionary<SyntaxTree, ImmutableArray<Diagnostic>> _byTree;

    private CompilationVerdict(Dictionary<SyntaxTree, ImmutableArray<Diagnostic>> byTree) => _byTree = byTree;

    public ImmutableArray<Diagnostic> For(SyntaxTree tree) =>
        _byTree.TryGetValue(tree, out var diagnostics) ? diagnostics : ImmutableArray<Diagnostic>.Empty;

    public static CompilationVerdict Compute(Compilation compilation, DslSymbols dsl, CancellationToken cancellationToken)
    {
        // Trees in path order: the same verdict whatever order the compilation lists them in.
        var trees = compilation.SyntaxTrees
            .OrderBy(tree => tree.FilePath, StringComparer.Ordinal)
#pragma warning disable RS1030 // Cross-file rules need the facts of every tree; they are cached per tree, so each is read once.
            .Select(tree => TreeFactsCache.Get(tree, dsl, () => compilation.GetSemanticModel(tree), cancellationToken))
#pragma warning restore RS1030
            .Where(facts => !facts.IsEmpty)
            .ToList();

        var (topologies, values) = TopologyAssembler.Assemble(trees);
        var treeByPath = new Dictionary<string, SyntaxTree>();
        foreach (var facts in trees)
        {
            treeByPath[facts.Tree.FilePath] = treeByPath.TryGetValue(facts.Tree.FilePath, out var first) ? first : facts.Tree;
        }

        var diagnostics = new List<(SyntaxTree Tree, Diagnostic Diagnostic)>();
        Location? LocationOf(Origin? origin) =>
            origin is not null && treeByPath.TryGetValue(origin.Path, out var tree) ? Location.Create(tree, new TextSpan(origin.Start, origin.Length)) : null;

        foreach (var topology in topologies)
        {
            foreach (var finding in topology.Validate())
            {
                if (LocationOf(finding.Origin) is { } location)
                {
                    var properties = ImmutableDictionary<string, string?>.Empty
                        .Add(FixTargetsProperty, string.Join(";", finding.FixTargets))
                        .Add(ElementProperty, finding.Element);

                    // Where each fix target is declared, in FixTargets' order: a fix may edit it (XMPP005).
                    var targets = finding.FixTargets.Select(target => LocationOf(topology.FindPool(target)?.Origin) ?? Location.None);
                    diagnostics.Add((location.SourceTree!, Diagnostic.Create(Descriptors.For(finding.RuleId), location, targets, properties, finding.MessageArguments.ToArray<object>())));
                }
            }
        }

        foreach (var (facts, span, what) in values.Unknowns)
        {
            diagnostics.Add((facts.Tree, Diagnostic.Create(Descriptors.Topo005, Location.Create(facts.Tree, span), what)));
        }

        var byTree = diagnostics
            .GroupBy(d => d.Tree)
            .ToDictionary(
                group => group.Key,
                group => group.Select(d => d.Diagnostic)
                    .GroupBy(d => (d.Id, d.Location.SourceSpan, Message: d.GetMessage(CultureInfo.InvariantCulture)))
                    .Select(same => same.First())
                    .OrderBy(d => d.Location.SourceSpan.Start)
                    .ThenBy(d => d.Id, StringComparer.Ordinal)
                    .ThenBy(d => d.GetMessage(CultureInfo.InvariantCulture), StringComparer.Ordinal)
                    .ToImmutableArray());
        return new CompilationVerdict(byTree);
    }
}
