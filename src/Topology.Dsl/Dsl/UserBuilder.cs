using System.Collections.Generic;
using System.Linq;

namespace XmppTopology;

/// <summary>Where one user (or a group of users) is homed, its XMPP federation and its planned move.</summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed class UserBuilder
{
    private readonly IReadOnlyList<string> _sipAddresses;
    private User _settings;

    internal UserBuilder(DslUsersDeclaration declaration, IReadOnlyList<string> sipAddresses)
    {
        _sipAddresses = sipAddresses;
        _settings = declaration.Settings();
    }

    /// <summary>The pool the user is homed on today.</summary>
    public UserBuilder HomedOn(PoolRef pool)
    {
        _settings = DslMethods.HomedOn.Apply(_settings, Guard.NotNull(pool, nameof(pool)).Fqdn);
        return this;
    }

    /// <summary>Enables (or disables) XMPP federation for the user, whatever its policy says.</summary>
    public UserBuilder Xmpp(bool enabled = true)
    {
        _settings = DslMethods.Xmpp.Apply(_settings, enabled);
        return this;
    }

    /// <summary>Grants a user-scope external access policy; its <c>EnableXmppAccess</c> then decides XMPP.</summary>
    public UserBuilder ExternalAccessPolicy(string policy)
    {
        _settings = DslMethods.ExternalAccessPolicy.Apply(_settings, Guard.Name(policy, nameof(policy)));
        return this;
    }

    /// <summary>Plans a move of the user to another pool (<c>Move-CsUser -Target</c>).</summary>
    public UserBuilder MoveTo(PoolRef pool)
    {
        _settings = DslMethods.MoveTo.Apply(_settings, Guard.NotNull(pool, nameof(pool)).Fqdn);
        return this;
    }

    internal IEnumerable<User> Build() => _sipAddresses.Select(sip => _settings with { SipAddress = sip });
}
