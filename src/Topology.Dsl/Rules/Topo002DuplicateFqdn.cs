using System;
using System.Collections.Generic;
using System.Linq;

namespace XmppTopology.Rules;

/// <summary>
/// TOPO002: two elements share one FQDN (pools and their machines). deploy-pilot-pool.md: the
/// pilot pool's FQDN "cannot match the name of the currently deployed legacy pool or any other
/// servers". A Standard Edition server's machine carries the server's own FQDN, which is no clash.
/// </summary>
internal static class Topo002DuplicateFqdn
{
    public static IEnumerable<Finding> Check(RuleContext context)
    {
        var declarations = context.Topology.Pools
            .Where(pool => pool.Fqdn is not null)
            .SelectMany(pool => pool.Machines.Append(pool.Fqdn!)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(fqdn => (Fqdn: fqdn, Pool: pool)));

        foreach (var clash in declarations.GroupBy(d => d.Fqdn, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            foreach (var (_, pool) in clash)
            {
                yield return RuleCatalog.Topo002.Report(ElementKind.Pool, clash.Key, pool.Origin, clash.Key, clash.Count());
            }
        }
    }
}
