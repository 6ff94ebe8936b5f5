using System.Collections.Generic;

namespace XmppTopology.Rules;

/// <summary>
/// TOPO003: a user is homed on a pool marked for removal, with no planned move away.
/// Decommissioning a legacy pool requires it to be empty: all users moved first.
/// </summary>
internal static class Topo003UserOnPoolMarkedForRemoval
{
    public static IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var user in context.Topology.Users)
        {
            var pool = context.PoolNamedBy(user.Home);
            if (pool is not { Plan: PlannedChange.Removal } || user.PlannedMove is not null)
            {
                continue;
            }

            var keepsXmpp = context.FederatesWithXmpp(user, pool) == true;
            var targets = context.Nearest(pool.Site, p =>
                p.Role.HomesUsers() && p.Plan == PlannedChange.None && (!keepsXmpp || p.IsLegacyAndStays));
            yield return RuleCatalog.Topo003.Report(ElementKind.User, user.SipAddress, user.Home!.Origin ?? user.Origin, targets, user, pool);
        }
    }
}
