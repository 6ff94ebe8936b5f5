using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Facts;
using XmppTopology.Analyzers.Reporting;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// Every tree of a compilation but those that only list users, joined into topologies: sites,
/// pools, partners, policies, hand-offs, definitions, and the users declared among them. Files
/// that list users are checked against it one by one (<see cref="UserList"/>). It is kept while
/// its trees are unchanged, so an edit in a users file re-joins nothing.
/// </summary>
internal sealed class Infrastructure
{
    private static readonly ConditionalWeakTable<TreeFacts, Infrastructure> Cache = new();
    private static long _builds;

    private readonly Dictionary<string, SyntaxTree> _treeByPath = [];
    private readonly ElementGraph _graph;
    private readonly object _topologyDiagnosticsGate = new();
    private (List<bool?> XmppInUse, ImmutableArray<Diagnostic> Diagnostics)? _topologyDiagnostics;

    private Infrastructure(ImmutableArray<TreeFacts> trees)
    {
        Interlocked.Increment(ref _builds);
        Trees = trees;
        foreach (var facts in trees)
        {
            _treeByPath[facts.Tree.FilePath] = _treeByPath.TryGetValue(facts.Tree.FilePath, out var first) ? first : facts.Tree;
        }

        var (topologies, graph, values) = TopologyAssembler.Assemble(trees);
        _graph = graph;
        Values = values;
        Topologies = topologies.Select(t => new TopologyPart(t.Root, t.Topology, new RuleContext(t.Topology))).ToList();
        UserDeclarations = topologies
            .Select((t, index) => new DeclarationRun.Made(index, t.Users.Where(user => user.User.SipAddress is not null).ToList()))
            .ToList();

        // The users declared among the infrastructure are checked here, once, a run of a call at a time.
        var diagnostics = new List<Diagnostic>();
        for (var index = 0; index < Topologies.Count; index++)
        {
            foreach (var group in topologies[index].UserGroups)
            {
                FindingDiagnostics.ForUsers(diagnostics, Topologies[index].Rules, Topologies[index].Topology, group, LocationOf);
            }
        }

        diagnostics.AddRange(Topo005ValueNotKnown.Report(values.Unknowns));
        UserDiagnostics = diagnostics.ToImmutableArray();
    }

    /// <summary>How many infrastructures have been joined since the process started: what tests and benchmarks watch.</summary>
    public static long Builds => Interlocked.Read(ref _builds);

    /// <summary>The trees joined, in path order: what the infrastructure is kept for.</summary>
    public ImmutableArray<TreeFacts> Trees { get; }

    /// <summary>The topologies, in the order their Define calls run.</summary>
    public IReadOnlyList<TopologyPart> Topologies { get; }

    /// <summary>The definitions of every joined tree, to resolve the values of user lists.</summary>
    public ValueResolver Values { get; }

    /// <summary>The users declared in these trees whose SIP addresses are known, a run per topology (TOPO006 compares them).</summary>
    public IReadOnlyList<DeclarationRun> UserDeclarations { get; }

    /// <summary>The per-user findings of the users declared in these trees, and the values they could not know.</summary>
    public ImmutableArray<Diagnostic> UserDiagnostics { get; }

    /// <summary>The infrastructure of these trees: the one kept from an earlier compilation when they are the same.</summary>
    public static Infrastructure For(ImmutableArray<TreeFacts> trees)
    {
        if (trees.IsEmpty)
        {
            return new Infrastructure(trees);
        }

        if (Cache.TryGetValue(trees[0], out var kept) && SameTrees(kept.Trees, trees))
        {
            return kept;
        }

        var built = new Infrastructure(trees);
        lock (Cache)
        {
            Cache.Remove(trees[0]);
            Cache.Add(trees[0], built);
        }

        return built;
    }

    /// <summary>
    /// The findings of the rules that judge each topology as a whole, given whether XMPP is in use
    /// in each (in <see cref="Topologies"/>' order). Kept for the last answer: while typing in a
    /// users file, it rarely changes.
    /// </summary>
    public ImmutableArray<Diagnostic> TopologyDiagnostics(IReadOnlyList<bool?> xmppInUse)
    {
        lock (_topologyDiagnosticsGate)
        {
            if (_topologyDiagnostics is { } kept && kept.XmppInUse.SequenceEqual(xmppInUse))
            {
                return kept.Diagnostics;
            }

            var diagnostics = new List<Diagnostic>();
            for (var index = 0; index < Topologies.Count; index++)
            {
                var part = Topologies[index];
                var inUse = xmppInUse[index];
                foreach (var finding in TopologyRules.EvaluateTopology(new RuleContext(part.Topology, () => inUse)))
                {
                    if (FindingDiagnostics.For(finding, part.Topology, LocationOf) is { } diagnostic)
                    {
                        diagnostics.Add(diagnostic);
                    }
                }
            }

            _topologyDiagnostics = (xmppInUse.ToList(), diagnostics.ToImmutableArray());
            return _topologyDiagnostics.Value.Diagnostics;
        }
    }

    /// <summary>The topologies a builder handed to a users file belongs to, each once.</summary>
    public IReadOnlyList<TopologyPart> TopologiesOf(TreeFacts tree, Instance? builder)
    {
        IReadOnlyList<(Element Element, OrderKey Via)> reached;
        lock (_graph)
        {
            reached = _graph.ElementsOf(tree, builder);
        }

        return reached.Select(r => r.Element.Root).Distinct().SelectMany(root => Topologies.Where(part => part.Root == root)).ToList();
    }

    /// <summary>
    /// The topologies a builder handed to a users file belongs to, with their numbers in
    /// <see cref="Topologies"/>, once per path of hand-offs that reaches it: a plan handed on twice
    /// runs twice.
    /// </summary>
    public IReadOnlyList<(int Topology, OrderKey Via)> PathsOf(TreeFacts tree, Instance? builder)
    {
        IReadOnlyList<(Element Element, OrderKey Via)> reached;
        lock (_graph)
        {
            reached = _graph.ElementsOf(tree, builder);
        }

        var paths = new List<(int, OrderKey)>();
        foreach (var (element, via) in reached)
        {
            for (var index = 0; index < Topologies.Count; index++)
            {
                if (Topologies[index].Root == element.Root)
                {
                    paths.Add((index, via));
                }
            }
        }

        return paths;
    }

    // Facts are immutable and cached per tree: the same object means the same tree, unchanged.
    private static bool SameTrees(ImmutableArray<TreeFacts> kept, ImmutableArray<TreeFacts> trees)
    {
        if (kept.Length != trees.Length)
        {
            return false;
        }

        for (var i = 0; i < kept.Length; i++)
        {
            if (!ReferenceEquals(kept[i], trees[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where an origin in one of these trees is.</summary>
    public Location? LocationOf(Origin? origin) =>
        origin is not null && _treeByPath.TryGetValue(origin.Path, out var tree) ? Location.Create(tree, new TextSpan(origin.Start, origin.Length)) : null;
}
