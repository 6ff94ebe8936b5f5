using System.Collections.Generic;

namespace XmppTopology.Rules;

/// <summary>
/// TOPO003: a user is left on, or planned to move to, a pool marked for removal.
/// Decommissioning a legacy pool requires it to be empty: all users moved first.
/// </summary>
internal static class Topo003UserOnPoolMarkedForRemoval
{
    public static IEnumerable<Finding> Check(RuleContext context, User user)
    {
        // Where the user ends up: the move's target when there is one, else its home.
        var reference = user.PlannedMove ?? user.Home;
        var pool = context.PoolNamedBy(reference);
        if (pool is not { Plan: PlannedChange.Removal })
        {
            yield break;
        }

        // XMPP users need a legacy Front End pool; others any Front End pool that stays.
        var targets = context.FederatesWithXmpp(user, pool) == true
            ? context.LegacyFrontEndsNear(pool.Site)
            : context.FrontEndsThatStayNear(pool.Site);
        yield return RuleCatalog.Topo003.Report(ElementKind.User, user.SipAddress, reference!.Origin ?? user.Origin, targets, user, pool);
    }
}
