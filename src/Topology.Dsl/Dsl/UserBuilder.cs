using System.Collections.Generic;
using System.Linq;

namespace XmppTopology;

/// <summary>Where one user (or a group of users) is homed, its XMPP federation and its planned move.</summary>
public sealed class UserBuilder
{
    private readonly IReadOnlyList<string> _sipAddresses;
    private User _settings = new(SipAddress: null);

    internal UserBuilder(IReadOnlyList<string> sipAddresses) => _sipAddresses = sipAddresses;

    /// <summary>The pool the user is homed on today.</summary>
    public UserBuilder HomedOn(PoolRef pool)
    {
        _settings = _settings with { Home = new Reference(Guard.NotNull(pool, nameof(pool)).Fqdn) };
        return this;
    }

    /// <summary>Enables (or disables) XMPP federation for the user, whatever its policy says.</summary>
    public UserBuilder Xmpp(bool enabled = true)
    {
        _settings = _settings with { Xmpp = enabled ? XmppAccess.Enabled : XmppAccess.Disabled };
        return this;
    }

    /// <summary>Grants a user-scope external access policy; its <c>EnableXmppAccess</c> then decides XMPP.</summary>
    public UserBuilder ExternalAccessPolicy(string policy)
    {
        _settings = _settings with { ExternalAccessPolicy = new Reference(Guard.Name(policy, nameof(policy))) };
        return this;
    }

    /// <summary>Plans a move of the user to another pool (<c>Move-CsUser -Target</c>).</summary>
    public UserBuilder MoveTo(PoolRef pool)
    {
        _settings = _settings with { PlannedMove = new Reference(Guard.NotNull(pool, nameof(pool)).Fqdn) };
        return this;
    }

    internal IEnumerable<User> Build() => _sipAddresses.Select(sip => _settings with { SipAddress = sip });
}
