using System.Collections.Generic;

namespace XmppTopology.Rules;

/// <summary>
/// XMPP007: an XMPP user is homed on a Survivable Branch Appliance or Server.
/// configure-xmpp-gateway.md: XMPP is "not supported for users who are homed on survivable
/// branch appliances".
/// </summary>
internal static class Xmpp007XmppUserOnSurvivableBranch
{
    public static IEnumerable<Finding> Check(RuleContext context, User user)
    {
        var pool = context.PoolNamedBy(user.Home);
        if (pool is not null && pool.Role.IsSurvivableBranch() && context.FederatesWithXmpp(user, pool) == true)
        {
            var centralSite = context.Topology.FindSite(pool.Site)?.CentralSite;
            yield return RuleCatalog.Xmpp007.Report(
                ElementKind.User, user.SipAddress, user.Home!.Origin ?? user.Origin,
                context.LegacyFrontEndsNear(centralSite),
                user, pool, pool.Role.DisplayName());
        }
    }
}
