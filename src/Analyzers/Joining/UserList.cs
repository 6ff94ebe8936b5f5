using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Extraction;
using XmppTopology.Analyzers.Facts;
using XmppTopology.Analyzers.Reporting;
using XmppTopology.Rules;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// The users one users file declares, checked against the infrastructure on their own: the
/// per-user rules, and whether any of them federates with XMPP (what XMPP002 and XMPP005 ask).
/// Kept per tree while the infrastructure is the same, so an edit re-checks only that file.
/// </summary>
internal sealed class UserList
{
    private static readonly ConditionalWeakTable<TreeFacts, UserList> Cache = new();
    private static long _checks;

    private readonly Dictionary<Element, bool?> _xmppInUse = [];

    private UserList(SyntaxTree tree, Infrastructure infrastructure) => (Tree, Infrastructure) = (tree, infrastructure);

    /// <summary>The users file.</summary>
    public SyntaxTree Tree { get; }

    /// <summary>How many users files have been checked since the process started: what tests and benchmarks watch.</summary>
    public static long Checks => Interlocked.Read(ref _checks);

    /// <summary>The infrastructure these users were checked against.</summary>
    public Infrastructure Infrastructure { get; }

    /// <summary>The per-user findings and the unknown values in this users file, in reporting order.</summary>
    public ImmutableArray<Diagnostic> OwnDiagnostics { get; private set; }

    /// <summary>Unknown values found in other files while reading these users (a list defined elsewhere).</summary>
    public ImmutableArray<Diagnostic> OtherDiagnostics { get; private set; }

    /// <summary>The users this file declares whose SIP addresses are known, by topology and path (TOPO006 compares them).</summary>
    public IReadOnlyList<DeclarationRun> UserDeclarations { get; private set; } = [];

    /// <summary>Whether any of these users federates with XMPP in the topology of <paramref name="root"/> (null: not known).</summary>
    public bool? XmppInUseIn(Element root) => _xmppInUse.TryGetValue(root, out var inUse) ? inUse : false;

    /// <summary>The users of a tree that <see cref="TreeFacts.ListsOnlyUsers"/>, checked against this infrastructure.</summary>
    public static UserList For(TreeFacts tree, Infrastructure infrastructure)
    {
        if (Cache.TryGetValue(tree, out var kept) && kept.Infrastructure == infrastructure)
        {
            return kept;
        }

        var checkedList = Check(tree, infrastructure);
        lock (Cache)
        {
            Cache.Remove(tree);
            Cache.Add(tree, checkedList);
        }

        return checkedList;
    }

    /// <summary>Either answer true wins, then not known, then false: as a topology's users decide together.</summary>
    public static bool? Either(bool? one, bool? other) =>
        one == true || other == true ? true : one is null || other is null ? null : false;

    private static UserList Check(TreeFacts tree, Infrastructure infrastructure)
    {
        Interlocked.Increment(ref _checks);
        var check = new Checking(tree, infrastructure);
        check.Lines();
        return check.Finish();
    }

    /// <summary>One check of one tree's users, line by line, however each line was read.</summary>
    private sealed class Checking(TreeFacts tree, Infrastructure infrastructure)
    {
        private readonly UserList _list = new(tree.Tree, infrastructure);
        private readonly ValueResolver _values = infrastructure.Values.WithDefinitionsOf(tree);
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly List<DeclarationRun> _declarations = [];

        // Most users of a file are declared on the same builder: follow each builder once.
        private readonly Dictionary<Instance, IReadOnlyList<TopologyPart>> _topologiesByBuilder = [];
        private readonly Dictionary<Instance, IReadOnlyList<(int Topology, OrderKey Via)>> _pathsByBuilder = [];

        // A user record is made only for a signature not judged yet and for a user that is
        // reported: most of a large topology's users are lines read from the text, never made.
        [MethodImpl(HotLoop.OptimizedAtOnce)]
        public void Lines()
        {
            // Each plan and each value the file's lines name is followed once, by its index.
            var lines = tree.UserLines;
            SourceText? text = null; // read on first need: most files report no one
            var topologiesByPlan = new IReadOnlyList<TopologyPart>?[lines.Plans.Length];
            var knownNames = new string?[lines.Values.Length];
            var linesReadOfPlan = new int[lines.Plans.Length];
            foreach (ref readonly var line in lines.Lines.AsSpan())
            {
                var (plan, bound) = (lines.Plans[line.Plan], line.IsReadFromText ? null : lines.Bound[line.Bound - 1]);
                if (plan is Instance.Unknown)
                {
                    _values.Unknowns.Add((tree, bound!.Declaration.Span, Topo005ValueNotKnown.Builder));
                    continue;
                }

                var parts = topologiesByPlan[line.Plan] ??= TopologiesOf(plan);
                if (parts.Count == 0)
                {
                    continue; // users of no topology: nothing is read of them
                }

                linesReadOfPlan[line.Plan] += bound is null ? 1 : 0;

                // The names are the same in every topology the plan reaches: resolved once.
                var home = Name(line, line.Home, static statement => statement.Home, DslMethods.HomedOn.Argument.What);
                var move = Name(line, line.Move, static statement => statement.Move, DslMethods.MoveTo.Argument.What);
                var policy = Name(line, line.Policy, static statement => statement.Policy, DslMethods.ExternalAccessPolicy.Argument.What);
                var stated = lines.Values[line.Xmpp] switch
                {
                    bool enabled => enabled,
                    Value value => _values.Boolean(tree, value, DslMethods.Xmpp.Argument.What),
                    _ => null, // value 0, no Xmpp call
                };
                var xmpp = line.Xmpp != 0 ? DslMethods.XmppStated(stated) : XmppAccess.FromPolicy;
                var signature = new UserSignature(line.Home != 0, home, line.Move != 0, move, xmpp, line.Policy != 0, policy);

                // The users of a line the binder read are made now: their SIP addresses may name a
                // list of another file, and be unknown (then reported, as the line's other values).
                // Those of one line share their settings, hence their verdict. An empty list declares nobody.
                var users = bound is null ? null : UserCalls.Declared(tree, bound, _values, home, move, stated, policy);
                for (var index = 0; users is not { Count: 0 } && index < parts.Count; index++) // not foreach: no enumerator per line
                {
                    var part = parts[index];
                    if (Judge(part, signature, users?.Settings).Reported)
                    {
                        Report(part, users ?? (IReadOnlyList<User>)[UserCalls.FromText(tree, Text(), line.Start, home, move, stated, policy)]);
                    }
                }

                if (users is not null)
                {
                    Declare(plan, line.Start, users);
                }
            }

            // The name a line's argument gives (value 0: the call is not made). A pool handle not
            // resolved yet is resolved at the argument of the line's call, where it is reported
            // when it is not known: at each line naming it.
            string? Name(in UserLine line, int value, Func<UserStatement, LineCall> call, string what)
            {
                if (value == 0)
                {
                    return null;
                }

                if (knownNames[value] is { } known)
                {
                    return known;
                }

                string? name;
                switch (lines.Values[value])
                {
                    case Value read:
                        return _values.String(tree, read, what); // the binder's, its own value: read once
                    case not PoolHandleKey:
                        return lines.Values[value] as string;
                    case PoolHandleKey handle when _values.KnownString(handle.SymbolKey) is { } resolved:
                        name = resolved;
                        break;
                    case PoolHandleKey handle:
                        var argument = call(lines.StatementOf(line, Text())).ArgumentSpan;
                        name = _values.String(tree, new Value.SymbolReference(handle.SymbolKey, argument), what);
                        break;
                }

                return knownNames[value] = name;
            }

            SourceText Text() => text ??= tree.Tree.GetText();

            // Each plan's lines read from the text, once per path of hand-offs that reaches the
            // plan: their SIP addresses' hashes, and the lines they stand for. Arrays of their
            // final size, no list.
            for (var plan = 0; plan < linesReadOfPlan.Length; plan++)
            {
                foreach (var (topology, via) in linesReadOfPlan[plan] == 0 ? [] : PathsOf(lines.Plans[plan]))
                {
                    var (hashes, indexes, item) = (new int[linesReadOfPlan[plan]], new int[linesReadOfPlan[plan]], 0);
                    for (var index = 0; index < lines.Lines.Length; index++)
                    {
                        if (lines.Lines[index] is { IsReadFromText: true } line && line.Plan == plan)
                        {
                            (hashes[item], indexes[item]) = (line.Sip, index);
                            item++;
                        }
                    }

                    _declarations.Add(new LinesOfAPlan(tree, knownNames, topology, via, hashes, indexes));
                }
            }

            // The users of the lines the binder read, a group per line.
            foreach (var groups in _groupsByTopology)
            {
                _declarations.Add(new GroupsDeclared(groups.Key, groups.Value));
            }
        }

        public UserList Finish()
        {
            _diagnostics.AddRange(Topo005ValueNotKnown.Report(_values.Unknowns));
            _list.OwnDiagnostics = DiagnosticOrder.Sorted(_diagnostics.Where(d => d.Location.SourceTree == tree.Tree));
            _list.OtherDiagnostics = _diagnostics.Where(d => d.Location.SourceTree != tree.Tree).ToImmutableArray();
            _list.UserDeclarations = _declarations;
            return _list;
        }

        // The users of the lines the binder read, by topology, a group per line, in source order.
        private readonly SortedDictionary<int, List<(UserGroup Group, OrderKey When)>> _groupsByTopology = [];

        private void Declare(Instance builder, int position, UserGroup users)
        {
            foreach (var (topology, via) in PathsOf(builder))
            {
                if (!_groupsByTopology.TryGetValue(topology, out var groups))
                {
                    _groupsByTopology[topology] = groups = [];
                }

                groups.Add((users, via.Then(OrderKey.UsersFile, position)));
            }
        }

        private IReadOnlyList<(int Topology, OrderKey Via)> PathsOf(Instance builder)
        {
            if (!_pathsByBuilder.TryGetValue(builder, out var paths))
            {
                _pathsByBuilder[builder] = paths = infrastructure.PathsOf(tree, builder);
            }

            return paths;
        }

        private IReadOnlyList<TopologyPart> TopologiesOf(Instance builder)
        {
            if (!_topologiesByBuilder.TryGetValue(builder, out var topologies))
            {
                _topologiesByBuilder[builder] = topologies = infrastructure.TopologiesOf(tree, builder);
            }

            return topologies;
        }

        // The verdict on users of this signature, judged once per topology; the template (a user
        // of that signature) is made on demand, from the signature's own names when not given.
        private (bool Reported, bool? FederatesWithXmpp) Judge(TopologyPart part, UserSignature signature, User? template)
        {
            if (!part.Verdicts.TryGetValue(signature, out var verdict))
            {
                template ??= signature.ToUser();
                verdict = (TopologyRules.EvaluateUser(part.Rules, template).Any(), part.Rules.FederatesWithXmpp(template, part.Rules.PoolNamedBy(template.Home)));
                part.Verdicts.TryAdd(signature, verdict);
            }

            _list._xmppInUse[part.Root] = Either(_list.XmppInUseIn(part.Root), verdict.FederatesWithXmpp);
            return verdict;
        }

        private void Report(TopologyPart part, IReadOnlyList<User> usersOfOneCall) =>
            FindingDiagnostics.ForUsers(_diagnostics, part.Rules, part.Topology, usersOfOneCall, Locate);

        private Location? Locate(Origin? origin) =>
            origin is not null && origin.Path == tree.Tree.FilePath ? Location.Create(tree.Tree, new TextSpan(origin.Start, origin.Length)) : infrastructure.LocationOf(origin);
    }

    /// <summary>
    /// The lines read from the text of one plan of a users file, reached by one path of hand-offs:
    /// each declaration is made from its line's text and the names the check resolved, for the few
    /// TOPO006 compares.
    /// </summary>
    private sealed class LinesOfAPlan(TreeFacts tree, string?[] knownNames, int topology, OrderKey via, int[] hashes, int[] lineIndexes)
        : DeclarationRun(topology, hashes, lineIndexes)
    {
        protected override UserDeclaration Declaration(int item)
        {
            var lines = tree.UserLines;
            var line = lines.Lines[item];
            var user = UserCalls.FromText(tree, tree.Tree.GetText(), line.Start, Name(line.Home), Name(line.Move), lines.Values[line.Xmpp] as bool?, Name(line.Policy));
            return new UserDeclaration(user, via.Then(OrderKey.UsersFile, line.Start), 0);
        }

        // As the check named it: a pool handle it could not resolve is a name not known.
        private string? Name(int value) => value == 0 ? null : knownNames[value] ?? tree.UserLines.Values[value] as string;
    }
}
