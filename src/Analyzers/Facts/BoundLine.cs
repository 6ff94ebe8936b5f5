using XmppTopology.Analyzers.Extraction;

namespace XmppTopology.Analyzers.Facts;

/// <summary>
/// What a users statement keeps besides its <see cref="UserLine"/> when its users are a value, not
/// one literal: a statement read through the binder, or a team (<c>users.Users(team)</c>) read from
/// the text. The call that declares its users (<c>User</c> or <c>Users</c>, its SIP addresses as a
/// value that may name a list in another file) and where each of its calls is, which a statement
/// of one literal user finds again in its text.
/// </summary>
internal sealed record BoundLine(CallFact Declaration, UserStatement Statement);
