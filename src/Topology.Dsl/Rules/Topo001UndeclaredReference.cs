using System;
using System.Collections.Generic;
using System.Linq;

namespace XmppTopology.Rules;

/// <summary>
/// TOPO001: a reference names a pool, Edge, site or policy that the topology does not declare.
/// Where a declaration's own name is not known at compile time, references of that kind are not
/// judged: the unknown one might be the one meant.
/// </summary>
internal static class Topo001UndeclaredReference
{
    /// <summary>The references that sites, pools, partners and policies make.</summary>
    public static IEnumerable<Finding> Check(RuleContext context)
    {
        var topology = context.Topology;
        var names = context.DeclaredNames;
        var references = new List<(Reference? Reference, string Kind, HashSet<string>? Declared)>();
        foreach (var site in topology.Sites)
        {
            references.Add((site.FederationRoute, "a federation route (Edge pool or Director)", names.Pools));
            references.Add((site.XmppFederationRoute, "an XMPP federation route (Edge pool)", names.Pools));
        }

        foreach (var pool in topology.Pools)
        {
            references.Add((pool.AssociatedEdge, "an Edge pool", names.Pools));
        }

        foreach (var partner in topology.XmppPartners)
        {
            references.Add((partner.ConfiguredOn, "a pool", names.Pools));
        }

        foreach (var policy in topology.ExternalAccessPolicies.Where(p => p.Scope == PolicyScope.Site))
        {
            references.Add((new Reference(policy.Name, policy.NameOrigin ?? policy.Origin), "a site", names.Sites));
        }

        return references.SelectMany(r => Judge(r.Reference, r.Kind, r.Declared));
    }

    /// <summary>The references one user makes: its home, its planned move, its policy.</summary>
    public static IEnumerable<Finding> Check(RuleContext context, User user)
    {
        var names = context.DeclaredNames;
        return Judge(user.Home, "a pool", names.Pools)
            .Concat(Judge(user.PlannedMove, "a pool", names.Pools))
            .Concat(Judge(user.ExternalAccessPolicy, "a user-scope external access policy", names.UserPolicies));
    }

    private static IEnumerable<Finding> Judge(Reference? reference, string kind, HashSet<string>? declared)
    {
        if (reference?.Name is { } name && declared is not null && !declared.Contains(name))
        {
            var closest = NameSuggestion.Closest(name, declared.OrderBy(n => n, StringComparer.Ordinal));
            yield return RuleCatalog.Topo001.Report(
                ElementKind.Topology, name, reference.Origin,
                closest is null ? [] : [closest],
                name, kind, closest is null ? "" : $"; did you mean '{closest}'?");
        }
    }
}
