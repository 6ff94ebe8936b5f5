namespace XmppTopology.Analyzers.Facts;

/// <summary>How the argument of a users line's call is written.</summary>
internal enum LineArgument : byte
{
    /// <summary>The call is not made.</summary>
    None,

    /// <summary>A string literal.</summary>
    String,

    /// <summary>A pool handle, <c>Type.Member</c>.</summary>
    Handle,

    /// <summary><c>true</c>.</summary>
    True,

    /// <summary><c>false</c>.</summary>
    False,

    /// <summary>No argument: <c>Xmpp()</c>, whose default is true.</summary>
    Default,

    /// <summary>A simple name: the field or property that holds a team's SIP addresses (<c>Users(team)</c>).</summary>
    Name,

    /// <summary>Any value, read through the binder (a <see cref="Value"/> among the tree's <see cref="UserLines.Values"/>).</summary>
    Bound,
}
