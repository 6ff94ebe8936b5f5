using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using XmppTopology.Analyzers.Dsl;
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

    private UserList(Infrastructure infrastructure) => Infrastructure = infrastructure;

    /// <summary>How many users files have been checked since the process started: what tests and benchmarks watch.</summary>
    public static long Checks => Interlocked.Read(ref _checks);

    /// <summary>The infrastructure these users were checked against.</summary>
    public Infrastructure Infrastructure { get; }

    /// <summary>The per-user findings and the unknown values in this users file, in reporting order.</summary>
    public ImmutableArray<Diagnostic> OwnDiagnostics { get; private set; }

    /// <summary>Unknown values found in other files while reading these users (a list defined elsewhere).</summary>
    public ImmutableArray<Diagnostic> OtherDiagnostics { get; private set; }

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
        var list = new UserList(infrastructure);
        var values = infrastructure.Values.WithSameDefinitions();
        var diagnostics = new List<Diagnostic>();
        Location? Locate(Origin? origin) =>
            origin is not null && origin.Path == tree.Tree.FilePath ? Location.Create(tree.Tree, new TextSpan(origin.Start, origin.Length)) : infrastructure.LocationOf(origin);

        // Each user's settings, in the order they run: in one tree, that is source order.
        var settings = tree.Calls
            .Where(call => call.Method.SetsAUser())
            .OrderBy(call => call.Span.Start)
            .ToLookup(call => ((Instance.Created)call.Receiver!).Call);

        // Most users of a file are declared on the same builder: follow each builder once.
        var topologiesByBuilder = new Dictionary<Instance, IReadOnlyList<TopologyPart>>();
        for (var index = 0; index < tree.Calls.Length; index++)
        {
            var call = tree.Calls[index];
            if (!call.Method.DeclaresUsers())
            {
                continue;
            }

            if (call.Receiver is Instance.Unknown)
            {
                values.Unknowns.Add((tree, call.Span, "builder this call is made on"));
                continue;
            }

            if (!topologiesByBuilder.TryGetValue(call.Receiver!, out var topologies))
            {
                topologiesByBuilder[call.Receiver!] = topologies = infrastructure.TopologiesOf(tree, call.Receiver);
            }

            foreach (var part in topologies)
            {
                var template = new User(null, TopologyAssembler.OriginOf(tree, call));
                var sipAddresses = UserCalls.SipAddresses(tree, call, values);
                template = settings[index].Aggregate(template, (user, setting) => UserCalls.Apply(user, tree, setting, values));
                if (sipAddresses.Count == 0)
                {
                    continue; // an empty list declares nobody
                }

                // The users of one call share their settings, hence their verdict. (No lambda
                // captures the template: it would allocate a closure per user, hits included.)
                var signature = UserSignature.Of(template);
                if (!part.Verdicts.TryGetValue(signature, out var verdict))
                {
                    verdict = (TopologyRules.EvaluateUser(part.Rules, template).Any(), part.Rules.FederatesWithXmpp(template, part.Rules.PoolNamedBy(template.Home)));
                    part.Verdicts.TryAdd(signature, verdict);
                }

                list._xmppInUse[part.Root] = Either(list.XmppInUseIn(part.Root), verdict.FederatesWithXmpp);
                if (!verdict.Reported)
                {
                    continue;
                }

                foreach (var sip in sipAddresses)
                {
                    foreach (var finding in TopologyRules.EvaluateUser(part.Rules, template with { SipAddress = sip }))
                    {
                        if (FindingDiagnostics.For(finding, part.Topology, Locate) is { } diagnostic)
                        {
                            diagnostics.Add(diagnostic);
                        }
                    }
                }
            }
        }

        diagnostics.AddRange(values.Unknowns.Select(unknown => FindingDiagnostics.Unknown(unknown.Tree, unknown.Span, unknown.What)));
        list.OwnDiagnostics = DiagnosticOrder.Sorted(diagnostics.Where(d => d.Location.SourceTree == tree.Tree));
        list.OtherDiagnostics = diagnostics.Where(d => d.Location.SourceTree != tree.Tree).ToImmutableArray();
        return list;
    }
}
