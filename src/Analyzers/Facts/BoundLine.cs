using XmppTopology.Analyzers.Extraction;

namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// What a users statement read through the binder keeps besides its <see cref="UserLine"/>: the
/// call that declares its users (<c>User</c> or <c>Users</c>, its SIP addresses as a value that
/// may name a list in another file) and where each of its calls is, which a statement read from
/// the text finds again in its text.
/// </summary>
internal sealed record BoundLine(CallFact Declaration, UserStatement Statement);
