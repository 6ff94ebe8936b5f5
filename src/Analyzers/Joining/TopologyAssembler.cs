using System.Collections.Generic;
using System.Linq;
using XmppTopology.Analyzers.Facts;
using XmppTopology.Analyzers.Reporting;

namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// Joins the facts of every tree into the topologies the program would build at run time: one
/// per Define call, with the same model types the runtime uses, each setting carrying the span of
/// the call that stated it.
/// </summary>
internal sealed class TopologyAssembler
{
    private readonly ElementGraph _graph;
    private readonly ValueResolver _values;
    private readonly Dictionary<Element, TopologyParts> _topologies = [];
    private readonly Dictionary<Element, Site> _sites = [];
    private readonly Dictionary<Element, Pool> _pools = [];
    private readonly Dictionary<Element, XmppPartner> _partners = [];
    private readonly Dictionary<Element, UserGroup> _users = [];
    private readonly HashSet<Element> _created = [];

    private TopologyAssembler(IReadOnlyList<TreeFacts> trees)
    {
        _graph = new ElementGraph(trees);
        _values = new ValueResolver(trees);
    }

    /// <summary>
    /// The topologies of these trees, each with the Define call's element, the users of each run of
    /// a call that declares users, and those users' declarations (in the order they run); the graph
    /// that followed the builders; and where values were not known at compile time.
    /// </summary>
    public static (IReadOnlyList<(Element Root, Topology Topology, IReadOnlyList<UserGroup> UserGroups, IReadOnlyList<UserDeclaration> Users)> Topologies, ElementGraph Graph, ValueResolver Values) Assemble(IReadOnlyList<TreeFacts> trees)
    {
        var assembler = new TopologyAssembler(trees);
        var graph = assembler._graph;

        // Elements first, then the settings made on them, each in the order they run in.
        var creations = new List<Element>();
        var settings = new List<(OrderKey When, TreeFacts Tree, CallFact Call, Element Element)>();
        foreach (var tree in trees)
        {
            for (var call = 0; call < tree.Calls.Length; call++)
            {
                var fact = tree.Calls[call];
                if (fact.Receiver is Instance.Unknown)
                {
                    assembler._values.Unknowns.Add((tree, fact.Span, Topo005ValueNotKnown.Builder));
                }

                if (DslMethods.Of(fact.Method).Kind is DslMethodKind.Defines or DslMethodKind.Declares)
                {
                    creations.AddRange(graph.CreatedBy(tree, call));
                }
                else
                {
                    settings.AddRange(graph.ElementsOf(tree, fact.Receiver).Select(reached => (graph.When(reached.Via, tree, fact), tree, fact, reached.Element)));
                }
            }
        }

        foreach (var element in creations.OrderBy(element => element.Created))
        {
            assembler.EnsureCreated(element);
        }

        foreach (var (_, tree, call, element) in settings.OrderBy(setting => setting.When))
        {
            assembler.Apply(element, tree, call);
        }

        return (assembler._topologies.Select(pair => (pair.Key, assembler.Build(pair.Value), (IReadOnlyList<UserGroup>)assembler.UserGroups(pair.Value), (IReadOnlyList<UserDeclaration>)assembler.Declarations(pair.Value))).ToList(), graph, assembler._values);
    }

    // A parent (the topology, the site) is created before its children, whatever file each is in.
    private void EnsureCreated(Element element)
    {
        if (_created.Add(element))
        {
            if (element.Parent is { } parent)
            {
                EnsureCreated(parent);
            }

            Create(element);
        }
    }

    private void Create(Element element)
    {
        var tree = element.Tree;
        var call = element.Call;
        var origin = OriginOf(tree, call);
        if (call.UnfollowedCallback is { } callback)
        {
            _values.Unknowns.Add((tree, callback, Topo005ValueNotKnown.ElementCallback));
        }

        var description = DslMethods.Of(call.Method);
        var arguments = new CallArguments(tree, call, _values);
        if (description is DslDefinition definition)
        {
            _topologies[element] = new TopologyParts(definition.TopologyName.Read(arguments), origin);
            return;
        }

        if (!_topologies.TryGetValue(element.Root, out var parts))
        {
            return;
        }

        // The site the element is declared in: a pool's site, a branch's central site.
        var site = _sites.TryGetValue(element.Parent!, out var parent) ? parent.Name : null;
        switch (description)
        {
            case DslSiteDeclaration declaration:
                _sites[element] = declaration.Declare(arguments, site, origin);
                parts.Sites.Add(element);
                break;
            case DslPoolDeclaration declaration:
                _pools[element] = declaration.Declare(arguments, site, origin);
                parts.Pools.Add(element);
                break;
            case DslPartnerDeclaration declaration:
                _partners[element] = declaration.Declare(arguments, origin);
                parts.Partners.Add(element);
                break;
            case DslUsersDeclaration:
                _users[element] = UserCalls.Declared(tree, call, _values);
                parts.UserGroups.Add(element);
                break;
        }
    }

    // A setting changes the draft of the element it is made on, through the DSL's description.
    private void Apply(Element element, TreeFacts tree, CallFact call)
    {
        var origin = OriginOf(tree, call);
        var arguments = new CallArguments(tree, call, _values);
        switch (DslMethods.Of(call.Method))
        {
            case DslPolicyAddition policy:
                Policies(element)?.Add(policy.Add(arguments, origin));
                break;
            case DslHandOff when call.UnfollowedCallback is { } callback:
                _values.Unknowns.Add((tree, callback, Topo005ValueNotKnown.UsersCallback));
                break;
            case DslSetting<Site> setting:
                Update(_sites, element, site => setting.Apply(site, arguments, origin));
                break;
            case DslSetting<Pool> setting:
                Update(_pools, element, pool => setting.Apply(pool, arguments, origin));
                break;
            case DslSetting<XmppPartner> setting:
                Update(_partners, element, partner => setting.Apply(partner, arguments, origin));
                break;
            case DslSetting<User> setting:
                Update(_users, element, group => group with { Settings = setting.Apply(group.Settings, arguments, origin) });
                break;
        }
    }

    private List<ExternalAccessPolicy>? Policies(Element topology) =>
        _topologies.TryGetValue(topology, out var parts) ? parts.Policies : null;

    private static void Update<T>(Dictionary<Element, T> drafts, Element element, System.Func<T, T> change)
    {
        if (drafts.TryGetValue(element, out var draft))
        {
            drafts[element] = change(draft);
        }
    }

    private Topology Build(TopologyParts parts) => new(
        parts.Name,
        parts.Sites.Select(e => _sites[e]),
        parts.Pools.Select(e => _pools[e]),
        parts.Partners.Select(e => _partners[e]),
        parts.Policies,
        parts.UserGroups.SelectMany(e => _users[e]),
        parts.Origin);

    private List<UserGroup> UserGroups(TopologyParts parts) => parts.UserGroups.Select(e => _users[e]).ToList();

    // Each user as its call declares it, when the call runs: what TOPO006 orders them by.
    private List<UserDeclaration> Declarations(TopologyParts parts) =>
        parts.UserGroups.SelectMany(e => _users[e].Select((user, item) => new UserDeclaration(user, e.Created, item))).ToList();

    public static Origin OriginOf(TreeFacts tree, CallFact call) => new(tree.Tree.FilePath, call.Span.Start, call.Span.Length);
}
