using System.Collections.Generic;
using System.Linq;
using XmppTopology.Analyzers.Dsl;
using XmppTopology.Analyzers.Facts;

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
    /// The topologies of these trees, each with the Define call's element; the graph that followed
    /// the builders; and where values were not known at compile time.
    /// </summary>
    public static (IReadOnlyList<(Element Root, Topology Topology)> Topologies, ElementGraph Graph, ValueResolver Values) Assemble(IReadOnlyList<TreeFacts> trees)
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
                    assembler._values.Unknowns.Add((tree, fact.Span, "builder this call is made on"));
                }

                if (IsCreation(fact.Method))
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

        return (assembler._topologies.Select(pair => (pair.Key, assembler.Build(pair.Value))).ToList(), graph, assembler._values);
    }

    private static bool IsCreation(DslMethod method) => method is DslMethod.Define or DslMethod.CentralSite or DslMethod.BranchSite
        or DslMethod.XmppPartner or DslMethod.User or DslMethod.UserGroup or DslMethod.FrontEndPool or DslMethod.StandardEditionServer
        or DslMethod.EdgePool or DslMethod.DirectorPool or DslMethod.SurvivableBranchAppliance or DslMethod.SurvivableBranchServer;

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
            _values.Unknowns.Add((tree, callback, "callback that declares this element"));
        }

        if (call.Method == DslMethod.Define)
        {
            _topologies[element] = new TopologyParts(_values.String(tree, call.Arguments[0], "topology name"), origin);
            return;
        }

        if (!_topologies.TryGetValue(element.Root, out var parts))
        {
            return;
        }

        switch (call.Method)
        {
            case DslMethod.CentralSite:
                _sites[element] = new Site(_values.String(tree, call.Arguments[0], "site name"), SiteKind.Central, origin);
                parts.Sites.Add(element);
                break;
            case DslMethod.BranchSite:
                var central = _sites.TryGetValue(element.Parent!, out var centralSite) ? centralSite.Name : null;
                _sites[element] = new Site(_values.String(tree, call.Arguments[0], "site name"), SiteKind.Branch, origin) { CentralSite = central };
                parts.Sites.Add(element);
                break;
            case DslMethod.XmppPartner:
                _partners[element] = new XmppPartner(_values.String(tree, call.Arguments[0], "partner domain"), origin);
                parts.Partners.Add(element);
                break;
            case DslMethod.User or DslMethod.UserGroup:
                _users[element] = new UserGroup(UserCalls.SipAddresses(tree, call, _values), new User(null, origin));
                parts.UserGroups.Add(element);
                break;
            default:
                _pools[element] = new Pool(
                    _values.String(tree, call.Arguments[0], "pool FQDN"),
                    RoleOf(call.Method),
                    _values.Enum<ProductVersion>(tree, call.Arguments[1], "product version"),
                    _sites.TryGetValue(element.Parent!, out var site) ? site.Name : null,
                    origin);
                parts.Pools.Add(element);
                break;
        }
    }

    private void Apply(Element element, TreeFacts tree, CallFact call)
    {
        var origin = OriginOf(tree, call);
        var argument = call.Arguments.Length > 0 ? call.Arguments[0] : null;
        Reference Reference(string what) => new(_values.String(tree, argument, what), origin);
        bool? Flag(string what) => _values.Boolean(tree, argument, what);

        switch (call.Method)
        {
            case DslMethod.GlobalExternalAccessPolicy:
                Policies(element)?.Add(new ExternalAccessPolicy(PolicyScope.Global, null, Flag("EnableXmppAccess value"), origin));
                break;
            case DslMethod.SiteExternalAccessPolicy or DslMethod.UserExternalAccessPolicy:
                var scope = call.Method == DslMethod.SiteExternalAccessPolicy ? PolicyScope.Site : PolicyScope.User;
                var name = _values.String(tree, argument, scope == PolicyScope.Site ? "site name" : "policy name");
                var enabled = _values.Boolean(tree, call.Arguments[1], "EnableXmppAccess value");
                Policies(element)?.Add(new ExternalAccessPolicy(scope, name, enabled, origin) { NameOrigin = origin });
                break;
            case DslMethod.Users:
                if (call.UnfollowedCallback is { } callback)
                {
                    _values.Unknowns.Add((tree, callback, "callback that declares the users"));
                }

                break;
            case DslMethod.FederationRoute:
                Update(_sites, element, site => site with { FederationRoute = Reference("federation route") });
                break;
            case DslMethod.XmppFederationRoute:
                Update(_sites, element, site => site with { XmppFederationRoute = Reference("XMPP federation route") });
                break;
            case DslMethod.Machines:
                var machines = _values.Strings(tree, argument, "list of machine FQDNs") ?? [];
                Update(_pools, element, pool => pool with { Machines = [.. pool.Machines, .. machines] });
                break;
            case DslMethod.MarkForRemoval:
                Update(_pools, element, pool => pool with { Plan = PlannedChange.Removal, PlanOrigin = origin });
                break;
            case DslMethod.MarkForMigrationTo2019:
                Update(_pools, element, pool => pool with { Plan = PlannedChange.MigrationTo2019, PlanOrigin = origin });
                break;
            case DslMethod.AssociatedEdge:
                Update(_pools, element, pool => pool with { AssociatedEdge = Reference("associated Edge pool") });
                break;
            case DslMethod.XmppGateway:
                Update(_pools, element, pool => pool with { XmppGateway = Flag("XMPP gateway setting"), XmppGatewayOrigin = origin });
                break;
            case DslMethod.Federation:
                Update(_pools, element, pool => pool with { Federation = Flag("federation setting"), FederationOrigin = origin });
                break;
            case DslMethod.XmppProxy:
                Update(_pools, element, pool => pool with { XmppProxy = Flag("XMPP proxy setting"), XmppProxyOrigin = origin });
                break;
            case DslMethod.PartnerType:
                Update(_partners, element, partner => partner with { Type = _values.Enum<XmppPartnerType>(tree, argument, "partner type") });
                break;
            case DslMethod.TlsNegotiation:
                Update(_partners, element, partner => partner with { TlsNegotiation = _values.Enum<Negotiation>(tree, argument, "TLS negotiation"), TlsNegotiationOrigin = origin });
                break;
            case DslMethod.SaslNegotiation:
                Update(_partners, element, partner => partner with { SaslNegotiation = _values.Enum<Negotiation>(tree, argument, "SASL negotiation"), SaslNegotiationOrigin = origin });
                break;
            case DslMethod.SupportDialbackNegotiation:
                Update(_partners, element, partner => partner with { SupportDialbackNegotiation = Flag("dialback setting") });
                break;
            case DslMethod.ConfiguredOn:
                Update(_partners, element, partner => partner with { ConfiguredOn = Reference("pool FQDN") });
                break;
            case var method when method.SetsAUser():
                Update(_users, element, group => group with { Settings = UserCalls.Apply(group.Settings, tree, call, _values) });
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
        parts.UserGroups.SelectMany(e => _users[e].SipAddresses.Select(sip => _users[e].Settings with { SipAddress = sip })),
        parts.Origin);

    public static Origin OriginOf(TreeFacts tree, CallFact call) => new(tree.Tree.FilePath, call.Span.Start, call.Span.Length);

    private static PoolRole RoleOf(DslMethod method) => method switch
    {
        DslMethod.FrontEndPool => PoolRole.FrontEndPool,
        DslMethod.StandardEditionServer => PoolRole.StandardEditionServer,
        DslMethod.EdgePool => PoolRole.EdgePool,
        DslMethod.DirectorPool => PoolRole.DirectorPool,
        DslMethod.SurvivableBranchAppliance => PoolRole.SurvivableBranchAppliance,
        _ => PoolRole.SurvivableBranchServer,
    };
}
