using System.Collections.Generic;

namespace XmppTopology.Rules;

/// <summary>
/// XMPP001: a user with XMPP federation is homed on, or planned to move to, a Skype for
/// Business Server 2019 pool. Seed: XMPP users "should not be moved to a Skype for Business
/// Server 2019 pool".
/// </summary>
internal static class Xmpp001XmppUserOn2019Pool
{
    public static IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var user in context.Topology.Users)
        {
            foreach (var (placement, reference) in new[] { ("homed on", user.Home), ("planned to move to", user.PlannedMove) })
            {
                var pool = context.PoolNamedBy(reference);
                if (pool is { Version: ProductVersion.SkypeForBusiness2019 } && pool.Role.HomesUsers()
                    && context.FederatesWithXmpp(user, pool) == true)
                {
                    yield return RuleCatalog.Xmpp001.Report(
                        ElementKind.User, user.SipAddress, reference!.Origin ?? user.Origin,
                        context.LegacyFrontEndsNear(pool.Site),
                        user, placement, pool);
                }
            }
        }
    }
}
