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
    public static IEnumerable<Finding> Check(RuleContext context)
    {
        var topology = context.Topology;
        var pools = Declared(topology.Pools.Select(p => p.Fqdn));
        var sites = Declared(topology.Sites.Select(s => s.Name));
        var userPolicies = Declared(topology.ExternalAccessPolicies.Where(p => p.Scope == PolicyScope.User).Select(p => p.Name));

        var references = new List<(Reference? Reference, string Kind, HashSet<string>? Declared)>();
        foreach (var site in topology.Sites)
        {
            references.Add((site.FederationRoute, "a federation route (Edge pool or Director)", pools));
            references.Add((site.XmppFederationRoute, "an XMPP federation route (Edge pool)", pools));
        }

        foreach (var pool in topology.Pools)
        {
            references.Add((pool.AssociatedEdge, "an Edge pool", pools));
        }

        foreach (var partner in topology.XmppPartners)
        {
            references.Add((partner.ConfiguredOn, "a pool", pools));
        }

        foreach (var policy in topology.ExternalAccessPolicies.Where(p => p.Scope == PolicyScope.Site))
        {
            references.Add((new Reference(policy.Name, policy.NameOrigin ?? policy.Origin), "a site", sites));
        }

        foreach (var user in topology.Users)
        {
            references.Add((user.Home, "a pool", pools));
            references.Add((user.PlannedMove, "a pool", pools));
            references.Add((user.ExternalAccessPolicy, "a user-scope external access policy", userPolicies));
        }

        foreach (var (reference, kind, declared) in references)
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

    // Null when some declaration's name is not known: then no reference of that kind is judged.
    private static HashSet<string>? Declared(IEnumerable<string?> names)
    {
        var declared = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (name is null)
            {
                return null;
            }

            declared.Add(name);
        }

        return declared;
    }
}
