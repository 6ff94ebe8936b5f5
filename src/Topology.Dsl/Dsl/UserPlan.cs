using System.Collections.Generic;
using System.Linq;

namespace XmppTopology;

/// <summary>The users of the topology, one at a time or in bulk.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed class UserPlan
{
    private readonly List<UserBuilder> _users = [];

    internal UserPlan()
    {
    }

    /// <summary>One user, by SIP address (sip:user@domain).</summary>
    public UserBuilder User(string sipAddress) => Add(DslMethods.User, [Guard.SipAddress(sipAddress, nameof(sipAddress))]);

    /// <summary>Several users that share their settings, e.g. a team read from a list.</summary>
    public UserBuilder Users(IEnumerable<string> sipAddresses) =>
        Add(DslMethods.UserGroup, Guard.NotNull(sipAddresses, nameof(sipAddresses)).Select(sip => Guard.SipAddress(sip, nameof(sipAddresses))).ToList());

    internal IEnumerable<User> Build() => _users.SelectMany(user => user.Build());

    private UserBuilder Add(DslUsersDeclaration declaration, IReadOnlyList<string> sipAddresses)
    {
        var user = new UserBuilder(declaration, sipAddresses);
        _users.Add(user);
        return user;
    }
}
