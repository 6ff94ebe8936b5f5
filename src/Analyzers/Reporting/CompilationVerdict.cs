using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Extraction;
using XmppTopology.Analyzers.Joining;

namespace XmppTopology.Analyzers.Reporting;

/// <summary>
/// The rules' verdict on every topology of one compilation, as diagnostics by the tree they are
/// reported in. Computed once per compilation, on first demand, from parts kept across
/// compilations: each tree's facts; the infrastructure while its trees are unchanged; each users
/// file's checked users while the infrastructure is the same, and the index of which parts declare
/// which users (TOPO006) likewise. After an edit in a users file, only that file is read and
/// checked again, and only its users are looked up for users declared twice.
/// </summary>
internal sealed class CompilationVerdict
{
    private readonly Dictionary<SyntaxTree, UserList> _userLists;
    private readonly Dictionary<SyntaxTree, ImmutableArray<Diagnostic>> _elsewhere;

    private CompilationVerdict(Dictionary<SyntaxTree, UserList> userLists, Dictionary<SyntaxTree, ImmutableArray<Diagnostic>> elsewhere)
    {
        _userLists = userLists;
        _elsewhere = elsewhere;
    }

    public ImmutableArray<Diagnostic> For(SyntaxTree tree)
    {
        var elsewhere = _elsewhere.TryGetValue(tree, out var found) ? found : ImmutableArray<Diagnostic>.Empty;
        if (!_userLists.TryGetValue(tree, out var list))
        {
            return elsewhere;
        }

        return elsewhere.IsEmpty ? list.OwnDiagnostics : DiagnosticOrder.Sorted(list.OwnDiagnostics.Concat(elsewhere));
    }

    public static CompilationVerdict Compute(Compilation compilation, DslSymbols dsl, bool readUserListsWithoutBinding, CancellationToken cancellationToken)
    {
        // Trees in path order: the same verdict whatever order the compilation lists them in.
        var trees = compilation.SyntaxTrees
            .OrderBy(tree => tree.FilePath, StringComparer.Ordinal)
#pragma warning disable RS1030 // Cross-file rules need the facts of every tree; they are cached per tree, so each is read once.
            .Select(tree => TreeFactsCache.Get(tree, dsl, compilation, () => compilation.GetSemanticModel(tree), cancellationToken, readUserListsWithoutBinding))
#pragma warning restore RS1030
            .Where(facts => !facts.IsEmpty)
            .ToList();

        var infrastructure = Infrastructure.For(trees.Where(facts => !facts.ListsOnlyUsers).ToImmutableArray());
        var userLists = new Dictionary<SyntaxTree, UserList>();
        foreach (var facts in trees.Where(facts => facts.ListsOnlyUsers))
        {
            cancellationToken.ThrowIfCancellationRequested();
            userLists[facts.Tree] = UserList.For(facts, infrastructure);
        }

        // XMPP is in use in a topology when any part says so: its infrastructure (partners,
        // users declared there) or one of its users files.
        var xmppInUse = infrastructure.Topologies
            .Select(part => userLists.Values.Aggregate(part.Rules.XmppInUse, (inUse, list) => UserList.Either(inUse, list.XmppInUseIn(part.Root))))
            .ToList();

        var usersFiles = trees.Where(facts => facts.ListsOnlyUsers).Select(facts => userLists[facts.Tree]).ToList();
        var elsewhere = infrastructure.UserDiagnostics
            .Concat(infrastructure.TopologyDiagnostics(xmppInUse))
            .Concat(userLists.Values.SelectMany(list => list.OtherDiagnostics))
            .Concat(Topo006DuplicateUsers.Report(infrastructure, usersFiles, cancellationToken));
        return new CompilationVerdict(userLists, DiagnosticOrder.ByTree(elsewhere));
    }
}
