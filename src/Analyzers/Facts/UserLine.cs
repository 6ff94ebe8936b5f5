namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// One statement of a method that only lists users, read without binding, as the checker needs
/// it: where it starts, its plan and arguments as indexes into the tree's <see cref="UserLines"/>
/// (0: the call is not made), and its SIP address's <see cref="SipAddressHash"/> (what TOPO006
/// compares users by). Its spans and SIP address are read again from the text for the few users
/// reported (<see cref="Extraction.UserStatement.At"/>). A large topology keeps a million of these
/// as long as their trees: 28 bytes each and no reference, so the garbage collector neither
/// copies much nor scans them.
/// </summary>
internal readonly record struct UserLine(int Start, int Plan, int Home, int Move, int Xmpp, int Policy, int Sip);
