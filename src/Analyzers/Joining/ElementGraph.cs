using System.Collections.Generic;
using System.Linq;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// Follows builders across trees: which elements a call's receiver denotes, through callbacks,
/// helper methods and their callers, and by which path of hand-offs. Every lookup is a hash
/// lookup, memoised.
/// </summary>
internal sealed class ElementGraph
{
    private static readonly IReadOnlyList<(Element, OrderKey)> None = [];

    private readonly Dictionary<TreeFacts, int> _treeIndex = [];
    private readonly Dictionary<(string Method, int Ordinal), List<(TreeFacts Tree, EdgeFact Edge)>> _handOffs = [];
    private readonly Dictionary<(TreeFacts Tree, int Call), IReadOnlyList<Element>> _created = [];
    private readonly Dictionary<(string Method, int Ordinal), IReadOnlyList<(Element, OrderKey)>> _parameters = [];
    private readonly HashSet<(string Method, int Ordinal)> _resolving = [];
    private bool _cutACycle;

    public ElementGraph(IReadOnlyList<TreeFacts> trees)
    {
        for (var index = 0; index < trees.Count; index++)
        {
            _treeIndex[trees[index]] = index;
            foreach (var edge in trees[index].Edges)
            {
                var key = (edge.MethodKey, edge.Ordinal);
                if (!_handOffs.TryGetValue(key, out var callers))
                {
                    _handOffs[key] = callers = [];
                }

                callers.Add((trees[index], edge));
            }
        }
    }

    /// <summary>When a call of this tree runs, made on an element reached by <paramref name="via"/>.</summary>
    public OrderKey When(OrderKey via, TreeFacts tree, CallFact call) => via.Then(_treeIndex[tree], call.Span.Start);

    /// <summary>The elements a builder denotes, each with the hand-offs that reach it; none when it belongs to no topology.</summary>
    public IReadOnlyList<(Element Element, OrderKey Via)> ElementsOf(TreeFacts tree, Instance? builder) => builder switch
    {
        Instance.Created created => CreatedBy(tree, created.Call).Select(element => (element, element.Via)).ToList(),
        Instance.Parameter parameter => PassedTo(parameter.MethodKey, parameter.Ordinal),
        _ => None,
    };

    /// <summary>The elements a creating call makes: one per element (and path) its receiver denotes, one for Define.</summary>
    public IReadOnlyList<Element> CreatedBy(TreeFacts tree, int call)
    {
        if (_created.TryGetValue((tree, call), out var elements))
        {
            return elements;
        }

        _created[(tree, call)] = []; // a cycle through hostile code ends here
        var fact = tree.Calls[call];
        elements = fact.Method == DslMethod.Define
            ? [new Element(tree, _treeIndex[tree], call, null, OrderKey.Start)]
            : ElementsOf(tree, fact.Receiver).Select(parent => new Element(tree, _treeIndex[tree], call, parent.Element, parent.Via)).ToList();
        _created[(tree, call)] = elements;
        return elements;
    }

    private IReadOnlyList<(Element, OrderKey)> PassedTo(string method, int ordinal)
    {
        var key = (method, ordinal);
        if (_parameters.TryGetValue(key, out var elements))
        {
            return elements;
        }

        if (!_resolving.Add(key))
        {
            _cutACycle = true; // a method that hands its builder round a cycle: the outer visit collects it
            return None;
        }

        var cutBefore = _cutACycle;
        _cutACycle = false;
        elements = _handOffs.TryGetValue(key, out var callers)
            ? callers
                .SelectMany(caller => ElementsOf(caller.Tree, caller.Edge.Argument)
                    .Select(reached => (reached.Element, reached.Via.Then(_treeIndex[caller.Tree], caller.Edge.Position))))
                .ToList()
            : None;
        _resolving.Remove(key);

        // An answer cut short by a cycle is complete only where the cycle started: cache only whole answers.
        if (!_cutACycle || _resolving.Count == 0)
        {
            _parameters[key] = elements;
        }

        _cutACycle |= cutBefore;
        return elements;
    }
}
