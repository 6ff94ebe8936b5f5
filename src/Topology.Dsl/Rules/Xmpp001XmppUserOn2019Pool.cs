using System.Collections.Generic;

namespace XmppTopology.Rules;

/// <summary>
/// XMPP001: a user with XMPP federation is homed on, or planned to move to, a Skype for
/// Business Server 2019 pool (or a pool marked for migration to 2019: its users end up on 2019).
/// Seed: XMPP users "should not be moved to a Skype for Business Server 2019 pool".
/// </summary>
internal static class Xmpp001XmppUserOn2019Pool
{
    public static IEnumerable<Finding> Check(RuleContext context, User user)
    {
        var home = context.PoolNamedBy(user.Home);
        if (Ends2019(home) is { } homeIs2019 && context.FederatesWithXmpp(user, home) == true)
        {
            yield return Report(user, user.Home!, "homed on", home!, homeIs2019, context.LegacyFrontEndsNear(home!.Site));
        }

        // A move loses XMPP whether the user federates where it is or where it goes.
        var target = context.PoolNamedBy(user.PlannedMove);
        if (Ends2019(target) is { } targetIs2019
            && (context.FederatesWithXmpp(user, home) == true || context.FederatesWithXmpp(user, target) == true))
        {
            // Another legacy pool to move to: the one the user is on already is cancelling the move.
            yield return Report(user, user.PlannedMove!, "planned to move to", target!, targetIs2019, context.LegacyFrontEndsNear(target!.Site, except: home?.Fqdn));
        }
    }

    // How a pool that homes users ends up on 2019, or null when it does not.
    private static string? Ends2019(Pool? pool) => pool switch
    {
        { Role: var role } when !role.HomesUsers() => null,
        { Version: ProductVersion.SkypeForBusiness2019 } => "a Skype for Business Server 2019 pool",
        { Plan: PlannedChange.MigrationTo2019 } => "a pool marked for migration to Skype for Business Server 2019",
        _ => null,
    };

    private static Finding Report(User user, Reference reference, string placement, Pool pool, string what, IReadOnlyList<string> fixTargets) =>
        RuleCatalog.Xmpp001.Report(ElementKind.User, user.SipAddress, reference.Origin ?? user.Origin, fixTargets, user, placement, pool, what);
}
