using System.Collections.Generic;
using System.Linq;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Facts;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// Follows builders across trees: which elements a call's receiver denotes, through callbacks,
/// helper methods and their callers. Every lookup is a hash lookup, memoised.
/// </summary>
internal sealed class ElementGraph
{
    private static readonly IReadOnlyList<Element> None = [];

    private readonly Dictionary<(string Method, int Ordinal), List<(TreeFacts Tree, Instance Argument)>> _handOffs = [];
    private readonly Dictionary<(TreeFacts Tree, int Call), IReadOnlyList<Element>> _created = [];
    private readonly Dictionary<(string Method, int Ordinal), IReadOnlyList<Element>> _parameters = [];
    private readonly HashSet<(string Method, int Ordinal)> _resolving = [];
    private bool _cutACycle;

    public ElementGraph(IEnumerable<TreeFacts> trees)
    {
        foreach (var tree in trees)
        {
            foreach (var edge in tree.Edges)
            {
                var key = (edge.MethodKey, edge.Ordinal);
                if (!_handOffs.TryGetValue(key, out var callers))
                {
                    _handOffs[key] = callers = [];
                }

                callers.Add((tree, edge.Argument));
            }
        }
    }

    /// <summary>The elements a builder denotes; none when it belongs to no topology.</summary>
    public IReadOnlyList<Element> ElementsOf(TreeFacts tree, Instance? builder) => builder switch
    {
        Instance.Created created => CreatedBy(tree, created.Call),
        Instance.Parameter parameter => PassedTo(parameter.MethodKey, parameter.Ordinal),
        _ => None,
    };

    /// <summary>The elements a creating call makes: one per element its receiver denotes, one for Define.</summary>
    public IReadOnlyList<Element> CreatedBy(TreeFacts tree, int call)
    {
        if (_created.TryGetValue((tree, call), out var elements))
        {
            return elements;
        }

        _created[(tree, call)] = None; // a cycle through hostile code ends here
        var fact = tree.Calls[call];
        elements = fact.Method == DslMethod.Define
            ? [new Element(tree, call, null)]
            : ElementsOf(tree, fact.Receiver).Select(parent => new Element(tree, call, parent)).ToList();
        _created[(tree, call)] = elements;
        return elements;
    }

    private IReadOnlyList<Element> PassedTo(string method, int ordinal)
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
            ? callers.SelectMany(caller => ElementsOf(caller.Tree, caller.Argument)).Distinct().ToList()
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
