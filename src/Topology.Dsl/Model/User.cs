namespace XmppTopology;

/// <summary>
/// A user homed on a pool. <see cref="SipAddress"/> is null only when not known at compile time.
/// </summary>
#if XMPP_ANALYZER
internal
#else
public
#endif
sealed record User(string? SipAddress, Origin? Origin = null)
{
    /// <summary>
    /// Where the SIP address was written: the argument of <c>User(...)</c>, or the item of a
    /// <c>Users(...)</c> list. The compile-time analyzer fills it in; at run time it is null.
    /// </summary>
    public Origin? SipAddressOrigin { get; init; }

    /// <summary>The pool the user is homed on.</summary>
    public Reference? Home { get; init; }

    /// <summary>The pool the migration plan moves the user to (<c>Move-CsUser</c>).</summary>
    public Reference? PlannedMove { get; init; }

    /// <summary>Whether the user federates with XMPP, or whether its policy decides.</summary>
    public XmppAccess Xmpp { get; init; } = XmppAccess.FromPolicy;

    /// <summary>Where XMPP was stated for this user.</summary>
    public Origin? XmppOrigin { get; init; }

    /// <summary>The user-scope external access policy granted to the user.</summary>
    public Reference? ExternalAccessPolicy { get; init; }

    /// <inheritdoc />
    public override string ToString() => SipAddress ?? "(user not known at compile time)";
}
