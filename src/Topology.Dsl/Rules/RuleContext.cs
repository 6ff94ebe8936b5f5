using System;
using System.Collections.Generic;
using System.Linq;

namespace XmppTopology.Rules;

/// <summary>
/// The topology under check, with the answers several rules share: who federates with XMPP and
/// whether XMPP is in use at all. A null answer means "not known at compile time".
/// </summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed class RuleContext
{
    /// <summary>A fix offers the nearest few targets: a lightbulb of hundreds of pools helps nobody.</summary>
    public const int MaxFixTargets = 5;

    private readonly Lazy<bool?> _xmppInUse;
    private readonly Lazy<DeclaredNames> _declaredNames;

    // Fix targets, indexed once, shared by every user; a context may serve several threads.
    private readonly Lazy<NearbyPools> _legacyFrontEnds;
    private readonly Lazy<NearbyPools> _frontEndsThatStay;

    public RuleContext(Topology topology)
        : this(topology, null)
    {
    }

    /// <summary>
    /// A context for a topology whose users are checked in parts (the analyzer checks each file's
    /// users on its own): <paramref name="xmppInUse"/> answers for all of them.
    /// </summary>
    public RuleContext(Topology topology, Func<bool?>? xmppInUse)
    {
        Topology = topology;
        _xmppInUse = new Lazy<bool?>(xmppInUse ?? FindWhetherXmppIsInUse);
        _declaredNames = new Lazy<DeclaredNames>(() => new DeclaredNames(topology));
        _legacyFrontEnds = new Lazy<NearbyPools>(() => new NearbyPools(topology.Pools, p => p.Role.IsFrontEnd() && p.IsLegacyAndStays));
        _frontEndsThatStay = new Lazy<NearbyPools>(() => new NearbyPools(topology.Pools, p => p.Role.IsFrontEnd() && p.Plan == PlannedChange.None));
    }

    public Topology Topology { get; }

    /// <summary>Any XMPP partner, or any user who federates with XMPP.</summary>
    public bool? XmppInUse => _xmppInUse.Value;

    /// <summary>The names the topology declares, by kind.</summary>
    internal DeclaredNames DeclaredNames => _declaredNames.Value;

    /// <summary>
    /// Whether the user federates with XMPP when homed on <paramref name="pool"/>: the user's own
    /// setting, else its user policy, else the site policy of the pool's site, else the global
    /// policy; <c>EnableXmppAccess</c> defaults to false.
    /// </summary>
    public bool? FederatesWithXmpp(User user, Pool? pool)
    {
        switch (user.Xmpp)
        {
            case XmppAccess.Enabled: return true;
            case XmppAccess.Disabled: return false;
            case XmppAccess.NotKnown: return null;
        }

        if (user.ExternalAccessPolicy is { } granted)
        {
            // A policy that is not declared is TOPO001's business; here it decides nothing.
            return Topology.FindPolicy(PolicyScope.User, granted.Name)?.EnableXmppAccess;
        }

        if (pool?.Site is { } site && Topology.FindPolicy(PolicyScope.Site, site) is { } sitePolicy)
        {
            return sitePolicy.EnableXmppAccess;
        }

        if (pool?.Site is null && Topology.ExternalAccessPolicies.Any(p => p.Scope == PolicyScope.Site))
        {
            return null;
        }

        return Topology.FindPolicy(PolicyScope.Global, null)?.EnableXmppAccess ?? false;
    }

    /// <summary>The pool a reference names, or null when it names none.</summary>
    public Pool? PoolNamedBy(Reference? reference) => Topology.FindPool(reference?.Name);

    /// <summary>
    /// The FQDNs of the (at most <see cref="MaxFixTargets"/>) pools that satisfy
    /// <paramref name="candidate"/>, nearest first: those of <paramref name="site"/> before the
    /// others, each group in name order.
    /// </summary>
    public IReadOnlyList<string> Nearest(string? site, Func<Pool, bool> candidate) =>
        Topology.Pools
            .Where(p => p.Fqdn is not null && candidate(p))
            .OrderBy(p => string.Equals(p.Site, site, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(p => p.Fqdn, StringComparer.OrdinalIgnoreCase)
            .Select(p => p.Fqdn!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxFixTargets)
            .ToList();

    /// <summary>Legacy Front End pools that the plan keeps: where XMPP users can stay; <paramref name="except"/> left out.</summary>
    public IReadOnlyList<string> LegacyFrontEndsNear(string? site, string? except = null) => _legacyFrontEnds.Value.Near(site, MaxFixTargets, except);

    /// <summary>Front End pools that no plan removes or migrates: where any user can go.</summary>
    public IReadOnlyList<string> FrontEndsThatStayNear(string? site) => _frontEndsThatStay.Value.Near(site, MaxFixTargets);

    private bool? FindWhetherXmppIsInUse()
    {
        if (Topology.XmppPartners.Count > 0)
        {
            return true;
        }

        bool? inUse = false;
        foreach (var user in Topology.Users)
        {
            switch (FederatesWithXmpp(user, PoolNamedBy(user.Home)))
            {
                case true: return true;
                case null: inUse = null; break;
            }
        }

        return inUse;
    }
}
