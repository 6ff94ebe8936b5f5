namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// One statement of a method that only lists users, read without binding, as the checker needs
/// it: where it starts, and its plan and arguments as indexes into the tree's <see cref="UserLines"/>
/// (0: the call is not made). Its spans and SIP address are read again from the text for the few
/// users reported (<see cref="Extraction.UserStatement.At"/>). A large topology keeps a million of
/// these as long as their trees: 24 bytes each and no reference, so the garbage collector neither
/// copies much nor scans them.
/// </summary>
internal readonly record struct UserLine(int Start, int Plan, int Home, int Move, int Xmpp, int Policy);
