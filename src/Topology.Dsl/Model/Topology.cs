using System;
using System.Collections.Generic;
using System.Linq;
using XmppTopology.Rules;

namespace XmppTopology;

/// <summary>
/// A built topology: immutable, and checked against the rule catalogue by <see cref="Validate"/>.
/// </summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed partial class Topology
{
    private readonly Dictionary<string, Pool> _poolsByFqdn;
    private readonly Dictionary<string, Site> _sitesByName;
    private readonly Dictionary<string, ExternalAccessPolicy> _policiesByScopeAndName;

    /// <summary>Assembles a topology from its elements; the DSL's <c>Define</c> is the usual way in.</summary>
    public Topology(
        string? name,
        IEnumerable<Site> sites,
        IEnumerable<Pool> pools,
        IEnumerable<XmppPartner> partners,
        IEnumerable<ExternalAccessPolicy> policies,
        IEnumerable<User> users,
        Origin? origin = null)
    {
        Name = name;
        Origin = origin;
        Sites = sites.ToList().AsReadOnly();
        Pools = pools.ToList().AsReadOnly();
        XmppPartners = partners.ToList().AsReadOnly();
        ExternalAccessPolicies = policies.ToList().AsReadOnly();
        Users = users.ToList().AsReadOnly();
        _poolsByFqdn = FirstByName(Pools, p => p.Fqdn);
        _sitesByName = FirstByName(Sites, s => s.Name);
        _policiesByScopeAndName = FirstByName(ExternalAccessPolicies, p => PolicyKey(p.Scope, p.Name));
    }

    /// <summary>The topology's name, usually its primary SIP domain; null only when not known at compile time.</summary>
    public string? Name { get; }

    /// <summary>Where the topology was defined.</summary>
    public Origin? Origin { get; }

    /// <summary>Central and branch sites.</summary>
    public IReadOnlyList<Site> Sites { get; }

    /// <summary>Every pool, whatever its role.</summary>
    public IReadOnlyList<Pool> Pools { get; }

    /// <summary>XMPP federated partners.</summary>
    public IReadOnlyList<XmppPartner> XmppPartners { get; }

    /// <summary>External access policies at global, site and user scope.</summary>
    public IReadOnlyList<ExternalAccessPolicy> ExternalAccessPolicies { get; }

    /// <summary>Users and their planned moves.</summary>
    public IReadOnlyList<User> Users { get; }

    /// <summary>The pool with this FQDN (DNS names compare without case), or null.</summary>
    public Pool? FindPool(string? fqdn) =>
        fqdn is not null && _poolsByFqdn.TryGetValue(fqdn, out var pool) ? pool : null;

    /// <summary>The site with this name, or null.</summary>
    public Site? FindSite(string? name) =>
        name is not null && _sitesByName.TryGetValue(name, out var site) ? site : null;

    /// <summary>The external access policy with this scope and name (ignored for the global scope), or null.</summary>
    public ExternalAccessPolicy? FindPolicy(PolicyScope scope, string? name) =>
        PolicyKey(scope, name) is { } key && _policiesByScopeAndName.TryGetValue(key, out var policy) ? policy : null;

    /// <summary>Checks the topology against every rule of the catalogue.</summary>
    public IReadOnlyList<Finding> Validate() => TopologyRules.Evaluate(this);

    // A user policy may be called "Global": scope and name together identify a policy.
    private static string? PolicyKey(PolicyScope scope, string? name) => scope switch
    {
        PolicyScope.Global => "Global",
        _ when name is null => null,
        _ => scope + ":" + name,
    };

    private static Dictionary<string, T> FirstByName<T>(IEnumerable<T> elements, Func<T, string?> name)
    {
        var byName = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in elements)
        {
            if (name(element) is { } key && !byName.ContainsKey(key))
            {
                byName.Add(key, element);
            }
        }

        return byName;
    }

    public override string ToString() => Name ?? "(domain not known at compile time)";
}
