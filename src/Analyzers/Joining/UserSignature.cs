namespace XmppTopology.Analyzers.Joining;

/// <summary>
/// What the per-user rules read of a user: where it is homed, where it moves, its XMPP setting
/// and its policy (each as "stated, with this name": a reference whose name is not known is not
/// the same as none). The SIP address and the places of the calls only go into the message.
/// Users with the same signature get the same verdict, so a large topology's users, spread over
/// a few pools, are judged once per signature.
/// </summary>
internal readonly record struct UserSignature(
    bool HasHome, string? Home, bool HasMove, string? Move, XmppAccess Xmpp, bool HasPolicy, string? Policy)
{
    public static UserSignature Of(User user) => new(
        user.Home is not null, user.Home?.Name,
        user.PlannedMove is not null, user.PlannedMove?.Name,
        user.Xmpp,
        user.ExternalAccessPolicy is not null, user.ExternalAccessPolicy?.Name);

    /// <summary>A user of this signature, as the DSL's settings make it: no SIP address, no origins.</summary>
    public User ToUser()
    {
        var user = DslMethods.User.Settings() with { Xmpp = Xmpp };
        user = HasHome ? DslMethods.HomedOn.Apply(user, Home) : user;
        user = HasMove ? DslMethods.MoveTo.Apply(user, Move) : user;
        return HasPolicy ? DslMethods.ExternalAccessPolicy.Apply(user, Policy) : user;
    }
}
