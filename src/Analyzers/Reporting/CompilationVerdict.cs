using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Extraction;
using XmppTopology.Analyzers.Facts;
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

    /// <summary>No diagnostic anywhere: the verdict where there is no DSL.</summary>
    public static CompilationVerdict None { get; } = new([], []);

    public ImmutableArray<Diagnostic> For(SyntaxTree tree)
    {
        var elsewhere = _elsewhere.TryGetValue(tree, out var found) ? found : ImmutableArray<Diagnostic>.Empty;
        if (!_userLists.TryGetValue(tree, out var list))
        {
            return elsewhere;
        }

        return elsewhere.IsEmpty ? list.OwnDiagnostics : DiagnosticOrder.Sorted(list.OwnDiagnostics.Concat(elsewhere));
    }

    /// <summary>The whole verdict on one thread: the join, each users file checked, the rest.</summary>
    public static CompilationVerdict Compute(Compilation compilation, DslSymbols dsl, bool readUserListsWithoutBinding, CancellationToken cancellationToken)
    {
        return Join.Prepare(compilation, dsl, readUserListsWithoutBinding, cancellationToken).Finish(cancellationToken);
    }

    /// <summary>
    /// A verdict in three steps, so that threads can share the middle one: <see cref="Prepare"/>
    /// (every tree's facts, which trees are users files, the infrastructure), each users file
    /// checked against it (<see cref="Check"/>, independent of the others), then <see cref="Finish"/>.
    /// </summary>
    internal sealed class Join
    {
        // Each users file's check, by index, once made: by whichever thread claimed it (VerdictOnce), else by Finish.
        private readonly UserList?[] _checked;

        // On the first analysis of the infrastructure, each part of TOPO006's merge, once made: likewise.
        private readonly List<RepeatedHash>?[]? _merged;

        private Join(List<TreeFacts> usersFiles, Infrastructure infrastructure) =>
            (UsersFiles, Infrastructure, _checked, _merged) = (usersFiles, infrastructure, new UserList?[usersFiles.Count],
                Topo006DuplicateUsers.MergesAll(infrastructure) ? new List<RepeatedHash>?[RepeatedHashes.Parts] : null);

        /// <summary>The users files, in path order.</summary>
        public IReadOnlyList<TreeFacts> UsersFiles { get; }

        public Infrastructure Infrastructure { get; }

        public static Join Prepare(Compilation compilation, DslSymbols dsl, bool readUserListsWithoutBinding, CancellationToken cancellationToken)
        {
            // Trees in path order: the same verdict whatever order the compilation lists them in.
            var trees = compilation.SyntaxTrees
                .OrderBy(tree => tree.FilePath, StringComparer.Ordinal)
#pragma warning disable RS1030 // Cross-file rules need the facts of every tree; they are cached per tree, so each is read once.
                .Select(tree => TreeFactsCache.Get(tree, dsl, compilation, () => compilation.GetSemanticModel(tree), cancellationToken, readUserListsWithoutBinding))
#pragma warning restore RS1030
                .Where(facts => !facts.IsEmpty)
                .ToList();

            var usersFiles = UsersFilesOf(trees);
            var infrastructure = Infrastructure.For(trees.Where(facts => !usersFiles.Contains(facts.Tree)).Select(facts => facts.WithLinesAsCalls(cancellationToken)).ToImmutableArray());
            return new Join(trees.Where(facts => usersFiles.Contains(facts.Tree)).ToList(), infrastructure);
        }

        /// <summary>Checks the users of <see cref="UsersFiles"/>[<paramref name="index"/>] against the infrastructure.</summary>
        public void Check(int index) => _checked[index] = UserList.For(UsersFiles[index], Infrastructure);

        /// <summary>How many parts of TOPO006's merge there are to make (none after the first analysis), once every users file is checked.</summary>
        public int MergeParts => _merged?.Length ?? 0;

        /// <summary>Makes part <paramref name="part"/> of TOPO006's merge, once every users file is checked (a check cancelled leaves it to <see cref="Finish"/>).</summary>
        public void Merge(int part)
        {
            if (Array.IndexOf(_checked, null) < 0)
            {
                _merged![part] = Topo006DuplicateUsers.MergedPart(Infrastructure, Checked(), part);
            }
        }

        /// <summary>The verdict, from the users files checked so far; those not checked (a cancelled check) are checked here.</summary>
        public CompilationVerdict Finish(CancellationToken cancellationToken)
        {
            var userLists = new Dictionary<SyntaxTree, UserList>();
            for (var index = 0; index < _checked.Length; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                userLists[UsersFiles[index].Tree] = _checked[index] ??= UserList.For(UsersFiles[index], Infrastructure);
            }

            var lists = Checked();

            // XMPP is in use in a topology when any part says so: its infrastructure (partners,
            // users declared there) or one of its users files.
            var xmppInUse = Infrastructure.Topologies
                .Select(part => lists.Aggregate(part.Rules.XmppInUse, (inUse, list) => UserList.Either(inUse, list.XmppInUseIn(part.Root))))
                .ToList();

            var elsewhere = Infrastructure.UserDiagnostics
                .Concat(Infrastructure.TopologyDiagnostics(xmppInUse))
                .Concat(lists.SelectMany(list => list.OtherDiagnostics))
                .Concat(Topo006DuplicateUsers.Report(Infrastructure, lists, MergedParts(cancellationToken), cancellationToken));
            return new CompilationVerdict(userLists, DiagnosticOrder.ByTree(elsewhere));
        }

        private List<UserList> Checked() => [.. _checked.Select(list => list!)];

        // Every part of the merge, those not made (a cancelled thread's) made here; null when there is no merge to share.
        private List<RepeatedHash>[]? MergedParts(CancellationToken cancellationToken)
        {
            if (_merged is null)
            {
                return null;
            }

            for (var part = 0; part < _merged.Length; part++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _merged[part] ??= Topo006DuplicateUsers.MergedPart(Infrastructure, Checked(), part);
            }

            return [.. _merged.Select(part => part!)];
        }
    }

    // The trees checked as users files: those that only list users, but one whose own definitions
    // (its teams' lists) another tree names, which joins the infrastructure, where both are read.
    private static HashSet<SyntaxTree> UsersFilesOf(List<TreeFacts> trees)
    {
        var usersFiles = new HashSet<SyntaxTree>(trees.Where(facts => facts.ListsOnlyUsers).Select(facts => facts.Tree));
        var owners = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        foreach (var file in trees.Where(facts => facts.ListsOnlyUsers))
        {
            foreach (var definition in file.Definitions)
            {
                owners[definition.SymbolKey] = file.Tree;
            }
        }

        if (owners.Count == 0)
        {
            return usersFiles;
        }

        foreach (var facts in trees)
        {
            foreach (var key in facts.ReferencedKeys)
            {
                if (owners.TryGetValue(key, out var owner) && owner != facts.Tree)
                {
                    usersFiles.Remove(owner);
                }
            }
        }

        return usersFiles;
    }
}
