namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// One statement that declares users, as the checker needs it, however it was read: where it
/// starts, its plan and arguments as indexes into the tree's <see cref="UserLines"/> (0: the call
/// is not made), and either the <see cref="SipAddressHash"/> of the one user it declares (what
/// TOPO006 compares users by) or, for a statement whose users are a value (read by the binder, or
/// a team named in the text), which of the tree's <see cref="UserLines.Bound"/> it is. A statement read from the text has its spans and SIP
/// address read again from the text for the few users reported
/// (<see cref="Extraction.UserStatement.At"/>). A large topology keeps a million of these as long
/// as their trees: 32 bytes each and no reference, so the garbage collector neither copies much
/// nor scans them.
/// </summary>
internal readonly record struct UserLine(int Start, int Plan, int Home, int Move, int Xmpp, int Policy, int Sip, int Bound = 0)
{
    /// <summary>One user read from the text: its SIP address is a literal at <see cref="Start"/>'s statement, and no declaring call is kept.</summary>
    public bool IsReadFromText => Bound == 0;
}
