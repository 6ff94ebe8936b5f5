using System;
using System.Collections.Generic;
using System.Linq;

namespace XmppTopology.Rules;

/// <summary>
/// TOPO006: the same user is declared more than once. Skype for Business has one account per SIP
/// address, and SIP addresses compare without case: <c>sip:Pat@contoso.com</c> and
/// <c>SIP:pat@contoso.com</c> are one person, and two declarations are two plans for that person.
/// </summary>
/// <remarks>
/// A declaration is each SIP address that a <c>User(...)</c> or <c>Users(...)</c> call adds to the
/// topology's users when it runs, whatever plan method or file the call is in: the model keeps
/// every declaration, in the order they run, each with its own settings (the per-user rules judge
/// each one). The first declaration is the one that runs first; each later one is reported, naming
/// the first as it is written. A call that runs twice (a plan handed on twice) declares twice.
/// </remarks>
internal static class Topo006DuplicateUser
{
    /// <summary>How SIP addresses compare: without case, the <c>sip:</c> prefix too.</summary>
    public static readonly StringComparer SipAddresses = StringComparer.OrdinalIgnoreCase;

    public static IEnumerable<Finding> Check(RuleContext context)
    {
        var first = new Dictionary<string, User>(SipAddresses);
        foreach (var user in context.Topology.Users)
        {
            // A SIP address not known at compile time is TOPO005's; it is compared with nothing.
            if (user.SipAddress is not { } sip)
            {
                continue;
            }

            if (first.TryGetValue(sip, out var earlier))
            {
                yield return Report(earlier, user);
            }
            else
            {
                first.Add(sip, user);
            }
        }
    }

    /// <summary>
    /// The finding at <paramref name="later"/>, a declaration of the user <paramref name="first"/>
    /// declared before it. Its fix target, when removing the later declaration changes nothing else:
    /// the first declaration's SIP address, the one that stays.
    /// </summary>
    public static Finding Report(User first, User later)
    {
        var (removable, verdict) = Compare(first, later) switch
        {
            false => (false, "the two declarations differ, keep the one the plan means"),
            null => (false, "(whether the two declarations differ not known at compile time)"),
            true when IsOneCall(first, later) => (false, "the call that declares it runs twice"),
            true => (true, "this declaration says the same, remove it"),
        };
        return RuleCatalog.Topo006.Report(ElementKind.User, later.SipAddress, later.SipAddressOrigin ?? later.Origin, removable ? [first.SipAddress!] : [], later, first, verdict);
    }

    /// <summary>
    /// Whether two declarations say the same: the same home, planned move, XMPP setting and policy,
    /// each stated or not alike, names compared without case. Null when what is known agrees but a
    /// value is not known at compile time: the analyzer cannot say, and never guesses.
    /// </summary>
    public static bool? Compare(User first, User later)
    {
        bool?[] settings =
        [
            Same(first.Home, later.Home),
            Same(first.PlannedMove, later.PlannedMove),
            first.Xmpp == XmppAccess.NotKnown || later.Xmpp == XmppAccess.NotKnown ? null : first.Xmpp == later.Xmpp,
            Same(first.ExternalAccessPolicy, later.ExternalAccessPolicy),
        ];
        return settings.Contains(false) ? false : settings.Contains(null) ? null : true;
    }

    private static bool? Same(Reference? first, Reference? later) =>
        first is null || later is null ? first is null && later is null
        : first.Name is null || later.Name is null ? null
        : string.Equals(first.Name, later.Name, StringComparison.OrdinalIgnoreCase);

    // One call declares both, at one place (a plan handed on twice): removing it removes both. Two
    // calls given one list held in a field share the item, not the call.
    private static bool IsOneCall(User first, User later) =>
        later.SipAddressOrigin is { } origin && origin == first.SipAddressOrigin && later.Origin == first.Origin;
}
