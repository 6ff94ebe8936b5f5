using System.Collections.Generic;
using System.Linq;

namespace XmppTopology.Rules;

/// <summary>
/// TOPO004: federation is enabled on more than one Edge pool.
/// configure-federation-routes-and-media-traffic.md: "Federation can only be enabled for a single Edge pool".
/// </summary>
internal static class Topo004FederationOnSeveralEdges
{
    public static IEnumerable<Finding> Check(RuleContext context)
    {
        var federating = context.Topology.Pools.Where(p => p.Role == PoolRole.EdgePool && p.Federation == true).ToList();
        if (federating.Count < 2)
        {
            yield break;
        }

        // The fix target: the Edge that keeps federation, when the sites' federation routes name
        // exactly one of them. Otherwise a person chooses.
        var routed = federating.Where(e => context.Topology.Sites.Any(s => ReferenceEquals(context.PoolNamedBy(s.FederationRoute), e))).ToList();
        IReadOnlyList<string> keeps = routed.Count == 1 && routed[0].Fqdn is { } fqdn ? [fqdn] : [];
        foreach (var edge in federating)
        {
            var others = string.Join(", ", federating.Where(e => !ReferenceEquals(e, edge)).Select(e => $"'{e}'"));
            yield return RuleCatalog.Topo004.Report(ElementKind.Pool, edge.Fqdn, edge.FederationOrigin ?? edge.Origin, keeps, edge, others);
        }
    }
}
